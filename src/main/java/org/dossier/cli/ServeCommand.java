package org.dossier.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.dossier.build.BuildConfig;
import org.dossier.preview.Preview;
import org.dossier.preview.PreviewConfig;
import org.dossier.preview.PreviewException;

/** {@code serve [--port N] [--host ADDRESS] [--seeds DIR] [--templates DIR] [--out DIR]}: the live preview. */
final class ServeCommand {
    static final String USAGE = """
            Usage: serve [--port N] [--host ADDRESS] [--seeds DIR] [--templates DIR] [--out DIR]

            Builds the dossier, then serves the site at http://127.0.0.1:N/ for preview while you edit.
            When a seed, a template or an asset changes, it rebuilds what the change affects and open
            pages reload by themselves. When a rebuild fails, the last good site stays up and the
            errors (file:line: message) show over the open pages and here. Ctrl-C stops it.

            Options:
              --port N          the port to listen on; default: 8080 (0: any free port)
              --host ADDRESS    the interface to listen on; default: 127.0.0.1, this machine only.
                                Another address (such as 0.0.0.0) shows the preview to your network.
                                Requests must name the address (an IP address or localhost) and port.
              --seeds DIR       the seed articles (.txt, .md, .html); default: seeds
              --templates DIR   the Pebble templates and assets you changed; the rest are built in.
                                default: templates, or only the built-in ones where there is no such folder
              --out DIR         the site to write and serve; default: site
              --help            show this help

            Exit codes: 0 stopped, 1 cannot start (a folder is missing, the port is in use), 2 wrong usage.
            """;
    private static final Set<String> OPTIONS = Set.of("port", "host", "seeds", "templates", "out");

    private ServeCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        PreviewConfig config;
        try {
            Options options = Options.parse(args, OPTIONS);
            if (options.help()) {
                out.print(USAGE);
                return ExitCode.OK;
            }
            config = config(options);
        } catch (UsageException e) {
            err.println("serve: " + e.getMessage());
            err.print(USAGE);
            return ExitCode.USAGE;
        }
        Preview preview;
        try {
            preview = Preview.start(config, new ConsoleProgress(out, config.build().seeds()), out, err);
        } catch (PreviewException e) {
            err.println(e.diagnostic());
            return ExitCode.INVALID_INPUT;
        }
        // Ctrl-C and SIGTERM run shutdown hooks: stop watching and serving before the JVM goes.
        Thread hook = new Thread(preview::close, "dossier-preview-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return ExitCode.OK;
    }

    static PreviewConfig config(Options options) throws UsageException {
        BuildConfig build = BuildCommand.config(options);
        int port = options.integer("port", PreviewConfig.DEFAULT_PORT, 0, 65535);
        InetAddress host = PreviewConfig.loopback();
        if (options.get("host").isPresent()) {
            String name = options.get("host").get();
            try {
                host = InetAddress.getByName(name);
            } catch (UnknownHostException e) {
                throw new UsageException("option '--host' needs an address of this machine, such as 127.0.0.1 or 0.0.0.0, not '" + name + "'");
            }
        }
        return new PreviewConfig(build, host, port);
    }
}
