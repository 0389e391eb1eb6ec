package org.dossier.render.search;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What the index takes from one article, entity or timeline entry: its searchable things, the stems of
 * each surface form it uses (so the browser finds the stem of a query word without a stemmer), and its
 * Dutch words long enough to be compounds, with their stems.
 */
public record Analysed(List<DocTerms> docs, SortedMap<String, SortedSet<String>> forms, SortedMap<String, String> compounds) {
    public Analysed {
        docs = List.copyOf(docs);
    }
}
