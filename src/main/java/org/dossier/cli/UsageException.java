package org.dossier.cli;

/** The command line is wrong; the message says how, and the command's usage follows it. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
