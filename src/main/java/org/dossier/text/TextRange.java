package org.dossier.text;

/** A half-open stretch {@code [start, end)} of a text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0) throw new IllegalArgumentException("start must be at least 0 but was " + start);
        if (end < start) throw new IllegalArgumentException("end " + end + " is before start " + start);
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
