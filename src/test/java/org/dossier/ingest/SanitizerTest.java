package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SanitizerTest {
    @Test
    void keepsEmphasisListsTablesAndWebLinksMarkedNofollow() {
        assertEquals("<p>Een <em>korte</em> <a href=\"https://example.org/a\" rel=\"nofollow noopener\">link</a></p>"
                + "<ul><li>een</li></ul><table><tbody><tr><td>1</td></tr></tbody></table>",
                Sanitizer.clean("<p>Een <em>korte</em> <a href=\"https://example.org/a\">link</a></p><ul><li>een</li></ul>"
                        + "<table><tr><td>1</td></tr></table>"));
    }

    @Test
    void aLinkWhoseUrlIsRefusedKeepsItsTextButNotItsElement() {
        assertEquals("Klik hier of daar.", Sanitizer.clean("Klik <a href=\"javascript:alert(1)\">hier</a> of "
                + "<a href=\"jAvA&#x09;script:alert(2)\" onclick=\"x()\">daar</a>."));
        assertEquals("Een anker.", Sanitizer.clean("Een <a name=\"top\">anker</a>."));
    }

    @Test
    void dropsScriptsStylesFramesImagesHandlersAndClasses() {
        assertEquals("<p>tekst</p>", Sanitizer.clean("<p class=\"x\" style=\"color:red\" onclick=\"y()\">tekst<script>z()</script>"
                + "<style>p{}</style><iframe src=\"https://e.example/\"></iframe><img src=\"https://e.example/i.png\"></p>"));
    }
}
