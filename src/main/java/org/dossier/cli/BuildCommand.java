package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.model.Diagnostic;

/** {@code build [--seeds DIR] [--templates DIR] [--out DIR] [--base-url URL]}: one full build. */
final class BuildCommand {
    static final String USAGE = """
            Usage: build [--seeds DIR] [--templates DIR] [--out DIR] [--base-url URL] [--debug]

            Builds the dossier: reads every seed article in the seeds folder, analyses them,
            and writes the site (HTML pages, assets, data/dossier.json) to the output folder.
            The output folder is replaced only when the whole build succeeds.

            Options:
              --seeds DIR       the seed articles (.txt, .md, .html); default: seeds
              --templates DIR   the Pebble templates and assets you changed; the rest are built in.
                                default: templates, or only the built-in ones where there is no such folder
              --out DIR         the site to write; default: site
              --base-url URL    the absolute http(s) address the site will be published at
                                (overrides baseUrl of seeds/dossier.yml); adds feed.xml,
                                sitemap.xml, canonical links and og:url
              --debug           on an internal error, print its stack trace too
              --help            show this help

            Exit codes: 0 built, 1 invalid input (messages name file:line), 2 wrong usage.
            """;
    private static final Set<String> OPTIONS = Set.of("seeds", "templates", "out", "base-url");

    private BuildCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        BuildConfig config;
        boolean debug;
        try {
            Options options = Options.parse(args, OPTIONS);
            if (options.help()) {
                out.print(USAGE);
                return ExitCode.OK;
            }
            config = config(options);
            debug = options.debug();
        } catch (UsageException e) {
            err.println("build: " + e.getMessage());
            err.print(USAGE);
            return ExitCode.USAGE;
        }
        BuildReport report = new DossierBuild(config, new ConsoleProgress(out, config.seeds())).run();
        if (debug) report.fault().ifPresent(fault -> fault.printStackTrace(err));
        return report(config, report, out, err);
    }

    static BuildConfig config(Options options) {
        return new BuildConfig(
                options.get("seeds").map(Path::of).orElse(BuildConfig.DEFAULT_SEEDS),
                options.get("templates").map(Path::of).orElse(BuildConfig.DEFAULT_TEMPLATES),
                options.get("out").map(Path::of).orElse(BuildConfig.DEFAULT_OUT),
                options.get("base-url"));
    }

    /** Prints diagnostics and the summary; returns the exit code. */
    static int report(BuildConfig config, BuildReport report, PrintStream out, PrintStream err) {
        for (Diagnostic d : report.diagnostics()) err.println(d);
        if (!report.succeeded()) {
            err.println("Build failed: " + report.errors().size() + " error(s); " + config.out()
                    + (report.siteUntouched() ? " was left as it was." : " was not left as it was: see the error above."));
            return ExitCode.INVALID_INPUT;
        }
        var dossier = report.dossier().orElseThrow();
        var published = report.published().orElseThrow();
        out.printf("Built %d articles into %s in %.1f s: %d files written, %d unchanged, %d removed.%n",
                dossier.articles().size(), config.out(), report.millis() / 1000.0,
                published.written(), published.unchanged(), published.removed());
        for (String note : report.leftOut()) out.println("Note: " + note + ".");
        return ExitCode.OK;
    }
}
