package org.dossier.cli;

import java.util.List;

/** The entry point that the Maven Exec plugin runs. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = Cli.run(List.of(args), System.out, System.err);
        System.out.flush();
        if (code != ExitCode.OK) System.exit(code);
    }
}
