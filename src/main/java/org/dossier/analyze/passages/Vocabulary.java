package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Normalised words as small ints, so that alignment compares ints; ids follow first appearance. */
public final class Vocabulary {
    private static final int CONTENT_LENGTH = 5;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final BitSet content = new BitSet();

    int id(String norm) {
        Integer id = ids.get(norm);
        if (id != null) return id;
        int next = words.size();
        ids.put(norm, next);
        words.add(norm);
        content.set(next, norm.codePointCount(0, norm.length()) >= CONTENT_LENGTH || norm.chars().anyMatch(Character::isDigit));
        return next;
    }

    public int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** A word that carries content: five characters or more, or a number; short function words do not. */
    boolean isContent(int id) {
        return content.get(id);
    }
}
