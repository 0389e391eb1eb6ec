package org.dossier.render.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.SharingSummary;
import org.dossier.model.SharingSummary.PairSharing;
import org.dossier.render.i18n.Messages;

/**
 * The story's who-shares-with-whom matrix as an SVG drawing. Rows and columns are the articles in
 * dossier order, numbered; the cell in row A, column B is the share of A's words that A shares with B,
 * as a shade of blue and, where the cell is large enough, a percentage. Every cell, row label and
 * the drawing itself carry a {@code <title>}, so the figures are there for screen readers and on hover.
 * Two articles give large cells; up to {@link #MAX_ARTICLES} stay legible; beyond that the drawing
 * shows the articles that share the most text and says so. Every word comes from the site's message file
 * ({@code matrix.*} keys).
 */
public final class SharingMatrixSvg {
    /** The most articles drawn; a larger dossier shows those that share the most words. */
    public static final int MAX_ARTICLES = 50;
    private static final int MAX_LABEL_CHARS = 36;
    private static final int MAX_DESCRIBED_PAIRS = 60;
    private static final int MARGIN = 8;
    private static final int LEGEND_FONT = 11;
    private static final int MIN_CELL_FOR_TEXT = 30;
    /** {@code %.3f} of 0, written out: most cells of a large matrix share nothing, and formatting is slow. */
    private static final String NO_SHARE = "0.000";
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    private SharingMatrixSvg() {}

    /** Sizes that follow from the number of articles drawn. */
    private record Layout(int count, int cell, int font, int labelWidth, int gridX, int gridY, int width, int height) {
        static Layout of(int count, int longestLabel) {
            int cell = Math.max(14, Math.min(56, 560 / Math.max(count, 1)));
            int font = Math.max(9, Math.min(14, Math.round(cell * 0.45f)));
            int labelWidth = Math.round((Math.min(longestLabel, MAX_LABEL_CHARS) + 4) * font * 0.56f) + 8;
            int gridX = MARGIN + labelWidth;
            int gridY = MARGIN + font + 10;
            int gridRight = gridX + count * cell;
            int width = Math.max(gridRight + MARGIN, 470);
            int height = gridY + count * cell + 16 + LEGEND_FONT + 8 + 14 + 2 * (LEGEND_FONT + 6) + MARGIN;
            return new Layout(count, cell, font, labelWidth, gridX, gridY, width, height);
        }
    }

    public static String draw(List<Article> articles, SharingSummary summary, Messages words) {
        Objects.requireNonNull(articles, "articles must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(words, "words must not be null");
        List<Article> shown = shown(articles, summary);
        int longestLabel = shown.stream().mapToInt(a -> a.title().codePointCount(0, a.title().length())).max().orElse(0);
        Layout layout = Layout.of(shown.size(), longestLabel);
        // Asked for every pair of a large dossier, which may be tens of thousands.
        Set<String> shownIds = new HashSet<>();
        for (Article article : shown) shownIds.add(article.id());
        List<PairSharing> pairs = summary.pairs().stream()
                .filter(p -> shownIds.contains(p.first()) && shownIds.contains(p.second())).toList();

        StringBuilder svg = new StringBuilder(4096 + shown.size() * shown.size() * 200);
        String label = pairs.isEmpty() ? words.text("matrix.label.none", shown.size())
                : words.count("matrix.label", pairs.size(), shown.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sharing-matrix\" role=\"img\"")
                .append(" width=\"").append(layout.width()).append("\" height=\"").append(layout.height()).append('"')
                .append(" viewBox=\"0 0 ").append(layout.width()).append(' ').append(layout.height()).append('"')
                .append(" aria-label=\"").append(Xml.escape(label)).append('"')
                .append(" aria-describedby=\"sharing-matrix-desc\"")
                .append(" font-family=\"").append(Xml.escape(FONT)).append("\">\n");
        svg.append("<title>").append(Xml.escape(label)).append("</title>\n");
        svg.append("<desc id=\"sharing-matrix-desc\">").append(Xml.escape(description(shown, pairs, words))).append("</desc>\n");
        drawHeaders(svg, shown, layout);
        drawCells(svg, shown, summary, pairs, layout, words);
        drawLegend(svg, layout, articles.size(), shown.size(), words);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** All articles, or the {@link #MAX_ARTICLES} that share the most words, in dossier order. */
    private static List<Article> shown(List<Article> articles, SharingSummary summary) {
        if (articles.size() <= MAX_ARTICLES) return List.copyOf(articles);
        // Looked up once: a dossier can hold tens of thousands of articles.
        Map<String, Integer> sharedWords = new HashMap<>();
        summary.articles().forEach(a -> sharedWords.put(a.article(), a.sharedWords()));
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) ranked.add(i);
        ranked.sort(Comparator.<Integer>comparingInt(i -> -sharedWords.getOrDefault(articles.get(i).id(), 0))
                .thenComparingInt(i -> i));
        return ranked.subList(0, MAX_ARTICLES).stream().sorted().map(articles::get).toList();
    }

    private static void drawHeaders(StringBuilder svg, List<Article> shown, Layout layout) {
        svg.append("<g class=\"column-labels\" font-size=\"").append(layout.font()).append("\" text-anchor=\"middle\" fill=\"#374151\">\n");
        for (int c = 0; c < shown.size(); c++) {
            svg.append("<text x=\"").append(layout.gridX() + c * layout.cell() + layout.cell() / 2)
                    .append("\" y=\"").append(layout.gridY() - 6).append("\">").append(c + 1).append("</text>\n");
        }
        svg.append("</g>\n");
        svg.append("<g class=\"row-labels\" font-size=\"").append(layout.font()).append("\" fill=\"#111827\">\n");
        for (int r = 0; r < shown.size(); r++) {
            Article article = shown.get(r);
            int baseline = layout.gridY() + r * layout.cell() + layout.cell() / 2 + layout.font() / 3;
            svg.append("<g class=\"row-label\" data-article=\"").append(Xml.escape(article.id())).append("\">")
                    .append("<title>").append(r + 1).append(". ").append(Xml.escape(article.title())).append("</title>")
                    .append("<text x=\"").append(MARGIN).append("\" y=\"").append(baseline).append("\">")
                    .append(r + 1).append(". ").append(Xml.escape(truncate(article.title()))).append("</text></g>\n");
        }
        svg.append("</g>\n");
    }

    private static void drawCells(StringBuilder svg, List<Article> shown, SharingSummary summary, List<PairSharing> pairs,
                                  Layout layout, Messages words) {
        Map<String, PairSharing> pairByKey = new HashMap<>();
        for (PairSharing pair : pairs) {
            pairByKey.put(pair.first() + "\n" + pair.second(), pair);
            pairByKey.put(pair.second() + "\n" + pair.first(), pair);
        }
        Map<String, Double> ownShare = new HashMap<>();
        summary.articles().forEach(a -> ownShare.put(a.article(), a.share()));
        svg.append("<g class=\"cells\" font-size=\"").append(layout.font()).append("\" text-anchor=\"middle\">\n");
        for (int r = 0; r < shown.size(); r++) {
            Article row = shown.get(r);
            for (int c = 0; c < shown.size(); c++) {
                Article column = shown.get(c);
                int x = layout.gridX() + c * layout.cell();
                int y = layout.gridY() + r * layout.cell();
                if (r == c) {
                    double own = ownShare.getOrDefault(row.id(), 0.0);
                    cell(svg, "cell self", row, column, own, 0,
                            words.text("matrix.cell.self", row.title(), percent(own)), "#f3f4f6", null, x, y, layout);
                    continue;
                }
                PairSharing pair = pairByKey.get(row.id() + "\n" + column.id());
                if (pair == null) {
                    cell(svg, "cell", row, column, 0, 0, words.text("matrix.cell.none", row.title(), column.title()), "#ffffff", null, x, y, layout);
                    continue;
                }
                boolean first = pair.first().equals(row.id());
                double share = first ? pair.firstShare() : pair.secondShare();
                int shared = first ? pair.firstSharedWords() : pair.secondSharedWords();
                int wordCount = first ? pair.firstWords() : pair.secondWords();
                String title = words.count("matrix.cell.pair", pair.passages(), row.title(), percent(share), shared, wordCount, column.title());
                cell(svg, "cell", row, column, share, pair.passages(), title, ShareColours.fill(share), percent(share), x, y, layout);
            }
        }
        svg.append("</g>\n");
    }

    private static void cell(StringBuilder svg, String cssClass, Article row, Article column, double share, int passages,
                             String title, String fill, String text, int x, int y, Layout layout) {
        svg.append("<g class=\"").append(cssClass).append("\" data-row=\"").append(Xml.escape(row.id()))
                .append("\" data-column=\"").append(Xml.escape(column.id()))
                .append("\" data-share=\"").append(Double.compare(share, 0.0) == 0 ? NO_SHARE : String.format(Locale.ROOT, "%.3f", share))
                .append("\" data-passages=\"").append(passages).append("\">")
                .append("<title>").append(Xml.escape(title)).append("</title>")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(layout.cell()).append("\" height=\"").append(layout.cell())
                .append("\" fill=\"").append(fill).append("\" stroke=\"#d1d5db\" stroke-width=\"1\"/>");
        if (text != null && layout.cell() >= MIN_CELL_FOR_TEXT) {
            svg.append("<text x=\"").append(x + layout.cell() / 2).append("\" y=\"").append(y + layout.cell() / 2 + layout.font() / 3)
                    .append("\" fill=\"").append(ShareColours.text(share)).append("\">").append(Xml.escape(text)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void drawLegend(StringBuilder svg, Layout layout, int total, int shown, Messages words) {
        int y = layout.gridY() + layout.count() * layout.cell() + 16 + LEGEND_FONT;
        svg.append("<g class=\"legend\" font-size=\"").append(LEGEND_FONT).append("\" fill=\"#374151\">\n");
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(y)
                .append("\">").append(Xml.escape(words.text("matrix.legend"))).append("</text>\n");
        int swatchY = y + 8;
        double[] steps = {0.0, 0.25, 0.5, 0.75, 1.0};
        for (int i = 0; i < steps.length; i++) {
            int x = MARGIN + i * 64;
            String fill = steps[i] == 0 ? "#ffffff" : ShareColours.fill(steps[i]);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(swatchY).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(fill).append("\" stroke=\"#d1d5db\"/>")
                    .append("<text x=\"").append(x + 18).append("\" y=\"").append(swatchY + 11).append("\">")
                    .append(percent(steps[i])).append("</text>\n");
        }
        if (shown < total) {
            svg.append("<text class=\"note\" x=\"").append(MARGIN).append("\" y=\"").append(swatchY + 14 + LEGEND_FONT + 6).append("\">")
                    .append(Xml.escape(words.text("matrix.shown", shown, total))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** Which number stands for which article, then the pairs that share the most, in words. */
    private static String description(List<Article> shown, List<PairSharing> pairs, Messages words) {
        StringBuilder text = new StringBuilder(words.text("matrix.description.start")).append(' ');
        for (int i = 0; i < shown.size(); i++) text.append(i == 0 ? "" : "; ").append(i + 1).append(" = ").append(shown.get(i).title());
        text.append(". ");
        List<PairSharing> strongest = new ArrayList<>(pairs);
        strongest.sort(Comparator.comparingInt(PairSharing::passages).reversed()
                .thenComparing(Comparator.comparingDouble((PairSharing p) -> Math.max(p.firstShare(), p.secondShare())).reversed())
                .thenComparing(PairSharing::first).thenComparing(PairSharing::second));
        for (PairSharing p : strongest.subList(0, Math.min(MAX_DESCRIBED_PAIRS, strongest.size()))) {
            int a = indexOf(shown, p.first()) + 1;
            int b = indexOf(shown, p.second()) + 1;
            text.append(words.count("matrix.description.pair", p.passages(), a, b, percent(p.firstShare()), percent(p.secondShare())))
                    .append(' ');
        }
        if (strongest.size() > MAX_DESCRIBED_PAIRS) text.append(words.text("matrix.description.more", strongest.size() - MAX_DESCRIBED_PAIRS));
        return text.toString().strip();
    }

    private static int indexOf(List<Article> articles, String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    static String percent(double share) {
        if (share > 0 && share < 0.005) return "<1%";
        return Math.round(share * 100) + "%";
    }

    private static String truncate(String title) {
        if (title.codePointCount(0, title.length()) <= MAX_LABEL_CHARS) return title;
        return title.substring(0, title.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)).stripTrailing() + "…";
    }
}
