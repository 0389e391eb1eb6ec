package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.build.DossierBuild;

/**
 * {@code init DIR}: a new dossier folder that builds at once: {@code seeds/} with an example article and
 * the dossier's settings ({@code dossier.yml}). It holds no templates: the build uses the built-in ones
 * until the user adds a {@code templates/} folder with the files they want to change.
 */
final class InitCommand {
    static final String USAGE = """
            Usage: init DIR

            Makes DIR a new dossier folder: seeds/ with an example article and seeds/dossier.yml (the
            dossier's title, description and language). Then, inside DIR, 'build' makes the site.
            DIR may exist only if it is empty; nothing is ever overwritten.

            Options:
              --help            show this help

            Exit codes: 0 made, 1 DIR cannot be made (it is not empty, it is a file, no permission), 2 wrong usage.
            """;
    /** The files of the example, in {@code org/dossier/cli/example/}, and where each goes in the seeds folder. */
    static final List<String> EXAMPLE_FILES = List.of("dossier.yml", "harbour-bridge-closes.md");
    private static final String EXAMPLE_DIR = "example/";

    private InitCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println("init: " + (args.isEmpty() ? "the folder to make is missing" : "give exactly one folder, not " + args));
            err.print(USAGE);
            return ExitCode.USAGE;
        }
        Path dir = Path.of(args.get(0));
        try {
            if (Files.exists(dir) && !isEmptyFolder(dir)) {
                err.println(dir + ": " + (Files.isDirectory(dir) ? "is not empty" : "is a file")
                        + "; give init a new or empty folder, so that nothing of yours is overwritten");
                return ExitCode.INVALID_INPUT;
            }
            Path seeds = dir.resolve("seeds");
            Files.createDirectories(seeds);
            for (String name : EXAMPLE_FILES) Files.write(seeds.resolve(name), example(name));
        } catch (IOException e) {
            err.println(dir + ": cannot be made (" + e.getMessage() + "); check the path and its permissions");
            return ExitCode.INVALID_INPUT;
        }
        out.println("Made a new dossier in " + dir + ": seeds/ holds an example article and dossier.yml.");
        out.println("Build it with:  cd " + dir + " && java -jar dossier.jar build   (the site goes to site/)");
        out.println("Add your articles to seeds/ and edit seeds/dossier.yml; see also seeds/" + DossierBuild.ENTITY_CATALOG
                + " in the README.");
        return ExitCode.OK;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static byte[] example(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(EXAMPLE_DIR + name)) {
            if (in == null) throw new IOException("the example file " + name + " is missing from Dossier itself");
            return in.readAllBytes();
        }
    }
}
