package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;
import org.dossier.build.BuildListener;

/**
 * Progress of a long build on the console: a line every {@value #EVERY} seeds read and files written,
 * so a build of thousands of articles shows it is moving. Small builds print only the summary.
 */
final class ConsoleProgress implements BuildListener {
    static final int EVERY = 1000;
    /** Beyond this many, a console list of uncertain names stops helping; the count says how many more. */
    static final int SHOWN_NOTES = 25;
    private final PrintStream out;

    private final java.nio.file.Path seeds;

    /** Progress of builds of {@code seeds}, whose {@code entities.yml} the hint about unsure names points to. */
    ConsoleProgress(PrintStream out, java.nio.file.Path seeds) {
        this.out = out;
        this.seeds = seeds;
    }

    @Override
    public void seedsRead(int count, int total) {
        if (count % EVERY == 0) out.println("  read " + count + " articles");
    }

    @Override
    public void uncertainEntities(List<String> notes) {
        if (notes.isEmpty()) return;
        out.println("Entities to check (confirm, correct or ignore them in "
                + seeds.resolve(org.dossier.build.DossierBuild.ENTITY_CATALOG) + "):");
        notes.stream().limit(SHOWN_NOTES).forEach(note -> out.println("  " + note));
        if (notes.size() > SHOWN_NOTES) out.println("  … and " + (notes.size() - SHOWN_NOTES) + " more");
    }

    @Override
    public void filesWritten(int count) {
        if (count % EVERY == 0) out.println("  wrote " + count + " files");
    }
}
