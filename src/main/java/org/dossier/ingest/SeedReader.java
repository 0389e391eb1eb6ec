package org.dossier.ingest;

/** Reads one format. Implementations are stateless and may be used from several threads. */
interface SeedReader {
    /**
     * @param file the seed's path as messages should show it
     * @param text the decoded text, line ends normalised to {@code \n}
     */
    ParsedSeed read(String file, String text);
}
