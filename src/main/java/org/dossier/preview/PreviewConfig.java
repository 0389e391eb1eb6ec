package org.dossier.preview;

import java.net.InetAddress;
import java.util.Objects;
import org.dossier.build.BuildConfig;

/**
 * What {@code serve} was asked for: the build's folders, and where to listen. Port 0 takes any free port.
 * The default address is the loopback interface, so the preview is not visible from other machines.
 */
public record PreviewConfig(BuildConfig build, InetAddress host, int port) {
    public static final int DEFAULT_PORT = 8080;

    public PreviewConfig {
        Objects.requireNonNull(build, "build must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
    }

    public static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
