package org.dossier.cli;

import java.io.PrintStream;
import org.dossier.build.BuildListener;

/**
 * Progress of a long build on the console: a line every {@value #EVERY} seeds read and files written,
 * so a build of thousands of articles shows it is moving. Small builds print only the summary.
 */
final class ConsoleProgress implements BuildListener {
    static final int EVERY = 1000;
    private final PrintStream out;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void seedsRead(int count, int total) {
        if (count % EVERY == 0) out.println("  read " + count + " articles");
    }

    @Override
    public void filesWritten(int count) {
        if (count % EVERY == 0) out.println("  wrote " + count + " files");
    }
}
