package org.dossier.preview;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's {@code Host} header names the address the preview serves. A web page that rebinds
 * its own domain name to 127.0.0.1 (DNS rebinding) could otherwise read the preview, but its requests
 * carry its domain name as {@code Host}: only IP addresses and {@code localhost} are accepted, with the
 * port the preview listens on. Bound to the loopback interface, that is {@code localhost}, {@code 127.x}
 * and {@code [::1]}; bound to one address, that address (and the loopback names when it is loopback);
 * bound to every interface ({@code 0.0.0.0}), any IP address of the machine and {@code localhost}.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+\\]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private HostCheck() {}

    static boolean allows(String hostHeader, InetSocketAddress bound) {
        if (hostHeader == null) return false;
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int portAt = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        String name = portAt > 0 ? host.substring(0, portAt) : host;
        int port = 80;
        if (portAt > 0) {
            String digits = host.substring(portAt + 1);
            if (!PORT.matcher(digits).matches()) return false;
            port = Integer.parseInt(digits);
        }
        if (port != bound.getPort()) return false;
        InetAddress served = bound.getAddress();
        if (name.equals("localhost")) return served.isLoopbackAddress() || served.isAnyLocalAddress();
        InetAddress named = literal(name);
        if (named == null) return false;
        if (served.isAnyLocalAddress()) return true;
        if (served.isLoopbackAddress()) return named.isLoopbackAddress();
        return named.equals(served);
    }

    /** The address an IP literal names, never asking DNS; null for a name. */
    private static InetAddress literal(String name) {
        boolean v6 = IPV6.matcher(name).matches();
        if (!v6 && !IPV4.matcher(name).matches()) return null;
        try {
            return InetAddress.getByName(v6 ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
