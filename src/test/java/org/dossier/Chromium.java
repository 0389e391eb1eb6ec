package org.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium for the browser tests and benchmarks, driven through Debian's chromedriver
 * (nothing is downloaded): the driver service and the browser opened together, the arguments every caller
 * shares in one place, and both shut down by {@link #close()}.
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** What every caller starts the browser with; a profile of its own and the caller's extras are added. */
    private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Chromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Whether both Debian's chromium and its chromedriver are installed (.ci/run installs them). */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * Starts the driver service and a headless browser with its profile in {@code profileDir} (created if
     * missing) and the common arguments, then {@code extraArguments} (such as {@code --window-size=1280,900}).
     */
    public static Chromium open(Path profileDir, String... extraArguments) throws IOException {
        List<String> arguments = new ArrayList<>(ARGUMENTS);
        arguments.addAll(List.of(extraArguments));
        arguments.add("--user-data-dir=" + Files.createDirectories(profileDir));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Chromium(service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Quits the browser and stops the driver service, even when quitting fails. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
