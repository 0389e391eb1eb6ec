package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkRuleTest {
    @Test
    void allowsWebAddresses() {
        for (String url : List.of("https://www.nu.nl/a/b?c=d#e", "http://example.org", "HTTPS://EXAMPLE.ORG/x")) {
            assertTrue(LinkRule.allows(url, LinkRule.WEB), url);
        }
    }

    @Test
    void refusesSchemesThatRunScriptOrCarryContent() {
        for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                "\u0001javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd",
                "//evil.example/x", "/relative/path", "https:evil", "http:///nohost", "https://a b", "javascript&colon;alert(1)",
                "mailto:a@b.nl")) {
            assertFalse(LinkRule.allows(url, LinkRule.WEB), url);
        }
    }

    @Test
    void allowsMailOnlyWhereAsked() {
        assertTrue(LinkRule.allows("mailto:redactie@example.nl", LinkRule.WEB_AND_MAIL));
        assertTrue(LinkRule.problem("mailto:redactie@example.nl", LinkRule.WEB).orElseThrow().contains("'mailto:'"));
    }

    @Test
    void anEntityCannotHoldAnUnsafeLink() {
        assertThrows(IllegalArgumentException.class, () -> new Entity("x", "X", EntityType.PERSON, List.of(), Optional.empty(),
                Optional.of("javascript:alert(1)"), List.of()));
    }
}
