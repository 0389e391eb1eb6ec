package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.TreeSet;
import org.dossier.render.svg.Xml;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9): every page the build wrote, as absolute addresses under the base
 * URL, sorted; the home page as the base URL itself. No {@code lastmod}: the site carries no build times.
 */
final class Sitemap {
    private Sitemap() {}

    static byte[] write(String baseUrl, Collection<String> pages) {
        StringBuilder xml = new StringBuilder(256 + pages.size() * 80);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : new TreeSet<>(pages)) {
            String url = page.equals(SiteLinks.HOME) ? baseUrl : baseUrl + page;
            xml.append("  <url><loc>").append(Xml.escape(url)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
