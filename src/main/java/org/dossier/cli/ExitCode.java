package org.dossier.cli;

/** The exit codes of the contract. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;

    private ExitCode() {}
}
