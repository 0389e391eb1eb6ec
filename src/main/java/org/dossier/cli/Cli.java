package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;

/** Dispatches a command line to its command. With no arguments, builds with the defaults. */
public final class Cli {
    static final String USAGE = """
            Usage: <command> [options]     (java -jar dossier.jar <command> ...,
                                            or from the repository: mvn -q compile exec:java -Dexec.args="<command> ...")

            Commands:
              build      build the dossier from the seeds into the site (the default)
              serve      build, serve the site on 127.0.0.1:8080, rebuild and reload pages on changes
              init DIR   make DIR a new dossier folder (seeds/ with an example article) that builds at once
              tag-conll  tag a CoNLL-2002 file with the entity recogniser of the build
              --help     show this help; '<command> --help' shows a command's options

            Exit codes: 0 success, 1 invalid input, 2 wrong usage.
            """;

    private Cli() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) return BuildCommand.run(List.of(), out, err);
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "build":
                return BuildCommand.run(rest, out, err);
            case "serve":
                return ServeCommand.run(rest, out, err);
            case "init":
                return InitCommand.run(rest, out, err);
            case "tag-conll":
                return TagConllCommand.run(rest, out, err);
            case "--help", "-h", "help":
                out.print(USAGE);
                return ExitCode.OK;
            default:
                err.println("unknown command '" + command + "'");
                err.print(USAGE);
                return ExitCode.USAGE;
        }
    }
}
