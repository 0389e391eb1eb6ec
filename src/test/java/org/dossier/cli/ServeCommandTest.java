package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.build.BuildConfig;
import org.dossier.build.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsItsHelp() {
        assertEquals(ExitCode.OK, run("serve", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: serve [--port N]"));
        assertEquals(ExitCode.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve      build, serve the site"));
    }

    @Test
    void refusesWrongUsage() {
        assertEquals(ExitCode.USAGE, run("serve", "--port", "70000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("option '--port' needs a whole number from 0 to 65535, not '70000'"));
        assertEquals(ExitCode.USAGE, run("serve", "--port"));
        assertEquals(ExitCode.USAGE, run("serve", "--watch"));
    }

    @Test
    void refusesToStartWithoutItsFolders() {
        assertEquals(ExitCode.INVALID_INPUT, run("serve", "--port", "0", "--seeds", dir.resolve("nope").toString(),
                "--out", dir.resolve("site").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope: seeds folder not found"));
    }

    @Test
    void refusesAPortInUse() throws Exception {
        BuildConfig config = TestFolders.copyOfRepository(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(ExitCode.INVALID_INPUT, run("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--seeds", config.seeds().toString(), "--templates", config.templates().toString(), "--out", config.out().toString()));
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the port is probably in use"), err.toString(StandardCharsets.UTF_8));
    }

    /** In a JVM of its own, as `mvn exec:java` runs it: SIGTERM (what Ctrl-C also leads to) stops it cleanly. */
    @Test
    void stopsCleanlyOnSigterm() throws Exception {
        BuildConfig config = TestFolders.copyOfRepository(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--seeds", config.seeds().toString(), "--templates", config.templates().toString(),
                "--out", config.out().toString())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            URI url = null;
            Pattern serving = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
                Matcher m = serving.matcher(line);
                if (m.find()) url = URI.create(m.group(1));
                if (line.startsWith("Watching ")) break;
            }
            assertNotNull(url, "serve did not start: " + lines);
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());

            // SIGTERM, as Process.destroy() sends it, but without closing our end of its output.
            assertTrue(serve.toHandle().destroy());
            while ((line = output.readLine()) != null) lines.add(line);
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
            assertTrue(lines.contains("Stopped serving " + config.out() + "."), lines.toString());
            URI stopped = url;
            assertThrows(ConnectException.class, () -> new Socket(stopped.getHost(), stopped.getPort()).close(), "the port is free again");
        } finally {
            serve.destroyForcibly();
        }
    }
}
