package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.entities.EntityRecognizer;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.IobTagger;
import org.dossier.analyze.entities.RuleBasedRecognizer;

/**
 * {@code tag-conll --in FILE --out FILE}: tags a CoNLL-2002 file (ISO-8859-1, token first on each
 * line, {@code -DOCSTART-} lines and blank lines as separators) with the recogniser the build uses,
 * writing {@code token TAG} lines in IOB2, UTF-8, with a blank line between sentences.
 */
public final class TagConllCommand {
    static final String USAGE = """
            usage: tag-conll --in FILE --out FILE
              Tags the named entities of a CoNLL-2002 file (ISO-8859-1; one token per line, token first;
              -DOCSTART- lines and blank lines separate documents and sentences) with the recogniser
              that 'build' uses. Writes one line 'token TAG' per token line (IOB2: B-PER, I-ORG, O, ...),
              UTF-8, with a blank line between sentences.
              Exit codes: 0 success, 1 invalid input, 2 wrong usage.""";
    /** Part-of-speech tags that some CoNLL-2002 lines glue to a token ending in a stray byte. */
    private static final List<String> GLUED_TAGS = List.of("Adj", "Adv", "Art", "Conj", "Int", "Misc", "Num",
            "Prep", "Pron", "Punc", "N", "V");

    private TagConllCommand() {}

    /** A CoNLL document: its sentences, each a list of tokens. */
    record Document(List<List<String>> sentences) {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Path in = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--in") || a.equals("--out")) && i + 1 < args.size()) {
                if (a.equals("--in")) in = Path.of(args.get(++i)); else target = Path.of(args.get(++i));
            } else {
                err.println("tag-conll: unexpected argument '" + a + "'\n" + USAGE);
                return 2;
            }
        }
        if (in == null || target == null) {
            err.println("tag-conll: both --in FILE and --out FILE are needed\n" + USAGE);
            return 2;
        }
        List<Document> documents;
        try {
            documents = read(Files.readAllLines(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            err.println(in + ": cannot read the input file (" + e.getMessage() + "); check the path given to --in");
            return 1;
        }
        EntityRecognizer recognizer = RuleBasedRecognizer.of(Gazetteers.loadDefault());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean firstSentence = true;
            for (Document doc : documents) {
                List<List<String>> tags = IobTagger.tag(doc.sentences(), recognizer, "nl");
                for (int s = 0; s < doc.sentences().size(); s++) {
                    if (!firstSentence) w.write("\n");
                    firstSentence = false;
                    List<String> tokens = doc.sentences().get(s);
                    for (int t = 0; t < tokens.size(); t++) w.write(tokens.get(t) + " " + tags.get(s).get(t) + "\n");
                }
            }
        } catch (IOException e) {
            err.println(target + ": cannot write the output file (" + e.getMessage() + "); check that its folder exists and is writable");
            return 1;
        }
        return 0;
    }

    /** Splits the lines into documents at -DOCSTART- and into sentences at blank lines. */
    static List<Document> read(List<String> lines) {
        List<Document> documents = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || fields[0].equals("-DOCSTART-")) {
                if (!sentence.isEmpty()) sentences.add(List.copyOf(sentence));
                sentence.clear();
                if (!line.isBlank() && !sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            sentence.add(token(fields));
        }
        if (!sentence.isEmpty()) sentences.add(List.copyOf(sentence));
        if (!sentences.isEmpty()) documents.add(new Document(List.copyOf(sentences)));
        return documents;
    }

    /**
     * The token of a line. CoNLL-2002 writes some accented letters as the byte 0x81 and a letter; where
     * that byte ends a token, the part-of-speech tag is glued to it ("Belgi\u0081EN B-LOC").
     */
    private static String token(String[] fields) {
        String token = fields[0];
        if (token.indexOf('\u0081') < 0) return token;
        if (fields.length == 2) {
            for (String tag : GLUED_TAGS) {
                if (token.endsWith(tag) && token.length() > tag.length() + 1) {
                    token = token.substring(0, token.length() - tag.length());
                    break;
                }
            }
        }
        return token.replace("\u0081E", "ë").replace("\u0081e", "ë").replace("\u0081", "");
    }
}
