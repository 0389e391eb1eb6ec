package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Which Host headers name the preview, for each kind of address it can listen on. */
class HostCheckTest {
    private static InetSocketAddress at(String address, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(address), port);
    }

    @Test
    void onLoopbackAcceptsTheLoopbackNamesWithThePortOnly() throws Exception {
        InetSocketAddress bound = at("127.0.0.1", 8080);
        assertTrue(HostCheck.allows("127.0.0.1:8080", bound));
        assertTrue(HostCheck.allows("localhost:8080", bound));
        assertTrue(HostCheck.allows("LOCALHOST:8080", bound));
        assertTrue(HostCheck.allows("[::1]:8080", bound));
        assertFalse(HostCheck.allows("evil.example:8080", bound), "a rebound domain name");
        assertFalse(HostCheck.allows("localhost.evil.example:8080", bound));
        assertFalse(HostCheck.allows("127.0.0.1.nip.io:8080", bound));
        assertFalse(HostCheck.allows("localhost:8081", bound), "another port");
        assertFalse(HostCheck.allows("localhost", bound), "no port is port 80");
        assertFalse(HostCheck.allows("192.168.1.5:8080", bound), "an address it does not listen on");
        assertFalse(HostCheck.allows("localhost:8080x", bound));
        assertFalse(HostCheck.allows("", bound));
        assertFalse(HostCheck.allows(null, bound));
    }

    @Test
    void onPort80AcceptsANameWithoutPort() throws Exception {
        assertTrue(HostCheck.allows("localhost", at("127.0.0.1", 80)));
    }

    @Test
    void onOneAddressAcceptsThatAddressOnly() throws Exception {
        InetSocketAddress bound = at("192.168.1.5", 8080);
        assertTrue(HostCheck.allows("192.168.1.5:8080", bound));
        assertFalse(HostCheck.allows("localhost:8080", bound), "not listening on loopback");
        assertFalse(HostCheck.allows("192.168.1.6:8080", bound));
        assertFalse(HostCheck.allows("mybox.local:8080", bound));
    }

    @Test
    void onEveryInterfaceAcceptsAnyAddressAndLocalhostButNoName() throws Exception {
        InetSocketAddress bound = at("0.0.0.0", 8080);
        assertTrue(HostCheck.allows("192.168.1.5:8080", bound));
        assertTrue(HostCheck.allows("localhost:8080", bound));
        assertTrue(HostCheck.allows("[fe80::1]:8080", bound));
        assertFalse(HostCheck.allows("evil.example:8080", bound));
    }
}
