package org.dossier.analyze.time;

/** One block of one article, as spans and located expressions name it: a key for indexing them by block. */
record BlockKey(String article, String block) {}
