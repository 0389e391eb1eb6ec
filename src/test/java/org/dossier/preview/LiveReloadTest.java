package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an open page is told about a failed rebuild: the messages, and whether the site on disk is still the last good one. */
class LiveReloadTest {
    @Test
    void tellsAPageWhetherTheLastGoodSiteIsStillThere() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        try (LiveReload live = new LiveReload("s")) {
            live.connect(page, () -> { }, "index.html", "s", 0);
            live.failed(List.of("seeds/a.txt:2:1: is not valid UTF-8"), true);
            live.failed(List.of("site: cannot update the site"), false);
        }
        String events = page.toString(StandardCharsets.UTF_8);
        assertTrue(events.contains("event: failure\ndata: {\"messages\":[\"seeds/a.txt:2:1: is not valid UTF-8\"],\"lastGood\":true}")
                || events.contains("\"lastGood\":true,\"messages\":[\"seeds/a.txt:2:1: is not valid UTF-8\"]"), events);
        assertTrue(events.contains("\"lastGood\":false"), events);
    }
}
