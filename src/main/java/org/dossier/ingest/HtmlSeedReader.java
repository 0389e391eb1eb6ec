package org.dossier.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.BlockKind;
import org.dossier.model.Diagnostic;
import org.dossier.model.LinkRule;
import org.dossier.model.PartialDate;
import org.dossier.model.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * A news page saved from the web. Finds the article body (an {@code itemprop=articleBody}, {@code
 * <article>} or {@code <main>} element, or else the element holding the most paragraph text), drops
 * what is not the article (navigation, scripts, ads, share bars, related links, comments, the byline), and reads
 * the title, date, author and outlet from meta tags, {@code <time>} and JSON-LD, and else the author and
 * date from the byline ({@link Bylines}).
 */
final class HtmlSeedReader implements SeedReader {
    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, "
            + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(ad|ads|advert\\w*|banner|related|share|sharing|social|newsletter|comments?|promo|"
                    + "sponsored|cookie\\w*|paywall|recommend\\w*|read-?more|lees-?ook|breadcrumbs?|tags)([\\s_-]|$)");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "figure", "figcaption", "table", "pre");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    public ParsedSeed read(String file, String text) {
        Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        List<String> markedBylines = doc.select(Bylines.MARKED).not("address").eachText();
        SeedMetadata pageMetadata = metadata(doc);
        List<Diagnostic> diagnostics = new ArrayList<>();
        refusedUrl(doc).ifPresent(refused -> diagnostics.add(Diagnostic.warning(
                SourceLocation.of(file, refused.sourceRange().start().lineNumber()),
                "address '" + MetadataFields.printable(address(refused)) + "' " + LinkRule.problem(address(refused), LinkRule.WEB).orElseThrow()
                        + "; the article gets no link to its original")));
        Element root = articleRoot(doc);
        removeChrome(root);
        List<Element> bylines = Bylines.in(root);
        List<String> bylineTexts = new ArrayList<>(markedBylines);
        bylines.forEach(b -> bylineTexts.add(b.text()));
        SeedMetadata metadata = pageMetadata.orElse(fromBylines(bylineTexts));
        bylines.forEach(Element::remove);
        List<RawBlock> blocks = new ArrayList<>();
        collect(root, blocks, metadata.title());
        return new ParsedSeed(metadata, blocks, diagnostics);
    }

    private static SeedMetadata metadata(Document doc) {
        Optional<String> outlet = firstMeta(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]");
        Optional<String> title = firstMeta(doc, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> text(doc.selectFirst("article h1, main h1, h1")))
                .or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isEmpty()).map(t -> withoutOutlet(t, outlet)));
        Optional<PartialDate> date = firstMeta(doc, "meta[property=article:published_time]", "meta[name=date]",
                "meta[name=pubdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]",
                "meta[name=dcterms.date]", "meta[name=DC.date.issued]")
                .or(() -> Optional.ofNullable(doc.selectFirst("article time[datetime], time[datetime]")).map(t -> t.attr("datetime")))
                .or(() -> jsonLdDate(doc))
                .flatMap(HtmlSeedReader::isoDate);
        Optional<String> author = firstMeta(doc, "meta[name=author]", "meta[property=article:author]")
                .filter(a -> !a.startsWith("http"));
        Optional<String> url = urlElements(doc).stream().map(HtmlSeedReader::address)
                .filter(u -> LinkRule.allows(u, LinkRule.WEB)).findFirst();
        Optional<String> language = Optional.of(doc.select("html").attr("lang").strip().toLowerCase(Locale.ROOT))
                .filter(l -> l.matches("[a-z]{2}([-_].*)?")).map(l -> l.substring(0, 2));
        return new SeedMetadata(title, date, outlet, url, author, language, Optional.empty());
    }

    /** The author and date the bylines give, for a page whose head does not say them. */
    private static SeedMetadata fromBylines(List<String> bylines) {
        Optional<String> author = bylines.stream().filter(b -> b.length() < 200).map(Bylines::author).flatMap(Optional::stream).findFirst();
        Optional<PartialDate> date = bylines.stream().map(Bylines::date).flatMap(Optional::stream).findFirst();
        return new SeedMetadata(Optional.empty(), date, Optional.empty(), Optional.empty(), author, Optional.empty(), Optional.empty());
    }

    /** The elements that may name the page's address, canonical link first. */
    private static List<Element> urlElements(Document doc) {
        List<Element> found = new ArrayList<>();
        Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]")).ifPresent(found::add);
        Optional.ofNullable(doc.selectFirst("meta[property=og:url][content]")).ifPresent(found::add);
        return found;
    }

    private static String address(Element element) {
        return (element.tagName().equals("link") ? element.attr("href") : element.attr("content")).strip();
    }

    /** The first element naming an address that may not become a link, when no acceptable one comes before it. */
    private static Optional<Element> refusedUrl(Document doc) {
        for (Element element : urlElements(doc)) {
            if (address(element).isEmpty()) continue;
            if (LinkRule.allows(address(element), LinkRule.WEB)) return Optional.empty();
            return Optional.of(element);
        }
        return Optional.empty();
    }

    private static Optional<String> firstMeta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element meta = doc.selectFirst(selector + "[content]");
            if (meta != null && !meta.attr("content").isBlank()) return Optional.of(TextBlocks.normaliseSpace(meta.attr("content")));
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element element) {
        return Optional.ofNullable(element).map(Element::text).map(String::strip).filter(t -> !t.isEmpty() && t.length() < 200);
    }

    private static Optional<String> jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** The calendar date at the start of an ISO 8601 date-time ({@code 2022-01-02T10:00:00+01:00}). */
    private static Optional<PartialDate> isoDate(String value) {
        Matcher m = Pattern.compile("^\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)").matcher(value);
        return m.find() ? PartialDate.parseIso(m.group(1)) : Optional.empty();
    }

    private static String withoutOutlet(String title, Optional<String> outlet) {
        if (outlet.isEmpty()) return title;
        return title.replaceAll("\\s*[|–—-]\\s*" + Pattern.quote(outlet.get()) + "\\s*$", "").strip();
    }

    private static Element articleRoot(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) return marked;
        // A page may hold several <article>s (teasers, a news ticker, comments): the story is the one
        // with the most paragraph text. <main> comes after: it also holds comments and teasers.
        Optional<Element> article = doc.select("article").stream()
                .max(Comparator.comparingInt(a -> a.select("p").text().length()));
        if (article.isPresent()) return article.get();
        marked = doc.selectFirst("main, [role=main]");
        if (marked != null) return marked;
        // No semantic markup: take the element whose own paragraphs hold the most text.
        return doc.select("p").stream()
                .map(Element::parent)
                .filter(p -> p != null)
                .distinct()
                .max(Comparator.comparingInt(HtmlSeedReader::paragraphText))
                .orElse(doc.body());
    }

    private static int paragraphText(Element parent) {
        return parent.children().stream().filter(c -> c.tagName().equals("p")).mapToInt(c -> c.text().length()).sum();
    }

    private static void removeChrome(Element root) {
        root.select(CHROME).remove();
        // A page's header and footer are chrome; an embedded post's footer is its signature.
        root.select("header, footer").stream().filter(e -> e.parents().stream()
                .noneMatch(p -> p.tagName().equals("blockquote"))).forEach(Element::remove);
        Elements noisy = new Elements();
        for (Element e : root.getAllElements()) {
            if (e != root && NOISE_CLASS.matcher(e.className() + " " + e.id()).find()) noisy.add(e);
        }
        noisy.remove();
        root.select("img, picture, video, audio, source").remove();
    }

    /**
     * Walks the body's tree depth first, keeping the loose text of each open element, with a stack of its
     * own rather than the call stack: a page of 10,000 nested {@code div}s must not overflow it.
     */
    private static void collect(Element root, List<RawBlock> blocks, Optional<String> title) {
        Deque<Container> open = new ArrayDeque<>();
        open.push(new Container(root));
        while (!open.isEmpty()) {
            Container container = open.peek();
            if (!container.children.hasNext()) {
                flushLoose(container.loose, container.looseLine, blocks);
                open.pop();
                continue;
            }
            Node child = container.children.next();
            if (child instanceof TextNode textNode) {
                container.loose.append(textNode.text());
                continue;
            }
            if (!(child instanceof Element element)) continue;
            String tag = element.tagName();
            if (!BLOCK_TAGS.contains(tag) && !isInline(element)) {
                flushLoose(container.loose, container.looseLine, blocks);
                open.push(new Container(element));
                continue;
            }
            if (isInline(element)) {
                container.loose.append(element.text());
                continue;
            }
            flushLoose(container.loose, container.looseLine, blocks);
            container.looseLine = line(element);
            block(element, title).ifPresent(blocks::add);
        }
    }

    /** An element being walked: its children still to visit and its text outside blocks so far. */
    private static final class Container {
        final Iterator<Node> children;
        final StringBuilder loose = new StringBuilder();
        int looseLine;

        Container(Element element) {
            this.children = element.childNodes().iterator();
            this.looseLine = line(element);
        }
    }

    private static boolean isInline(Element element) {
        return !element.isBlock() && !BLOCK_TAGS.contains(element.tagName()) && element.select("p, div").isEmpty();
    }

    private static void flushLoose(StringBuilder loose, int line, List<RawBlock> blocks) {
        String text = TextBlocks.normaliseSpace(loose.toString());
        loose.setLength(0);
        if (TextBlocks.wordCount(text) >= 4) blocks.add(new RawBlock(BlockKind.PARAGRAPH, text, Entities.escape(text), line));
    }

    private static Optional<RawBlock> block(Element element, Optional<String> title) {
        int line = line(element);
        String tag = element.tagName();
        Document fragment = Jsoup.parseBodyFragment(Sanitizer.clean(element.outerHtml()));
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        String text = TextBlocks.normaliseSpace(body.text());
        if (text.isEmpty()) return Optional.empty();
        boolean heading = tag.matches("h[1-6]");
        if (heading && title.map(t -> t.equalsIgnoreCase(text)).orElse(false)) return Optional.empty();
        if (heading) return Optional.of(new RawBlock(BlockKind.HEADING, text, body.html(), line));
        if (tag.equals("figure") || tag.equals("figcaption")) {
            Element caption = element.selectFirst("figcaption");
            String captionText = caption == null ? text : TextBlocks.normaliseSpace(caption.text());
            if (captionText.isEmpty()) return Optional.empty();
            return Optional.of(new RawBlock(BlockKind.CAPTION, captionText, Entities.escape(captionText), line));
        }
        if (tag.equals("blockquote")) {
            String classes = element.className().toLowerCase(Locale.ROOT);
            int signature = TextBlocks.embedSignatureStart(text);
            boolean embed = classes.contains("tweet") || classes.contains("instagram") || classes.contains("embed") || signature > 0;
            Element quote = body.selectFirst("blockquote");
            String inner = quote == null ? body.html() : quote.html();
            return Optional.of(new RawBlock(embed ? BlockKind.EMBED : BlockKind.QUOTE, text, inner, line));
        }
        if (tag.equals("ul") || tag.equals("ol")) {
            String items = String.join("\n", body.select("li").stream().map(Element::text).map(TextBlocks::normaliseSpace).toList());
            return Optional.of(new RawBlock(BlockKind.LIST, items, body.html(), line));
        }
        if (tag.equals("table") || tag.equals("pre")) {
            return Optional.of(new RawBlock(BlockKind.OTHER, text, body.html(), line));
        }
        Element p = body.selectFirst("p");
        String inner = p == null ? body.html() : p.html();
        BlockKind kind = TextBlocks.isCaption(text) ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
        return Optional.of(new RawBlock(kind, text, inner, line));
    }

    private static int line(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return Math.max(line, 1);
    }
}
