package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the shingles two block classes share into aligned stretches of text. Each maximal run of
 * shared shingles on one diagonal is a seed, and only a verbatim run of at least
 * {@link PassageSettings#minWords()} words can anchor a passage; from the longest seed outward, a word-level diff of the
 * next few words on both sides accepts a stretch of equal words when it is at least as long as the
 * gap before it (a changed word, an inserted clause) and holds a content word, so the alignment
 * crosses light edits and stops where the texts part. An alignment less similar than {@link PassageSettings#nearSimilarity()} gives
 * back its outermost steps until it is similar enough; edge fragments shorter than
 * {@link PassageSettings#minWords()} before or after a sentence boundary that both sides share are cut off, so that a
 * passage is a run of whole sentences where the texts allow it.
 */
public final class PairAligner {
    /** A stretch of {@code a} aligned with a stretch of {@code b}, word positions end exclusive. */
    public record Region(BlockClass a, int aStart, int aEnd, BlockClass b, int bStart, int bEnd) {}

    /** Equal words after a gap, as one extension step. */
    private record Step(int gapA, int gapB, int equal) {
        double similarity() {
            return CommonSubsequence.dice(equal, gapA + equal, gapB + equal);
        }
    }

    private record Run(int aStart, int bStart, int length) {
        int aEnd() {
            return aStart + length;
        }

        int bEnd() {
            return bStart + length;
        }
    }

    private final PassageSettings settings;
    private final Vocabulary vocabulary;
    private final int window;

    PairAligner(PassageSettings settings, Vocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.window = 4 * Math.max(settings.maxGap(), settings.shingleSize());
    }

    List<Region> align(BlockClass a, BlockClass b, long[] matches, int shingleSize) {
        List<Region> accepted = new ArrayList<>();
        List<int[]> tried = new ArrayList<>();
        for (Run run : runs(a, b, matches, shingleSize)) {
            if (run.length() < settings.minWords()) break;
            if (overlapsAccepted(run, accepted) || insideTried(run, tried)) continue;
            Extension extension = extend(a, b, run, accepted);
            tried.add(new int[] {extension.aStart, extension.aEnd, extension.bStart, extension.bEnd});
            extension.peelTo(settings.nearSimilarity());
            Region region = verify(a, b, extension.aStart, extension.aEnd, extension.bStart, extension.bEnd);
            if (region != null) accepted.add(region);
        }
        accepted.sort(Comparator.comparingInt(Region::aStart));
        return accepted;
    }

    /** Maximal runs of consecutive shared shingles on one diagonal, as word stretches, longest first. */
    private static List<Run> runs(BlockClass a, BlockClass b, long[] matches, int shingleSize) {
        long[] byDiagonal = new long[matches.length];
        for (int m = 0; m < matches.length; m++) {
            int i = (int) (matches[m] >>> 32);
            int j = (int) matches[m];
            byDiagonal[m] = ((long) (i - j + (1 << 30)) << 32) | i;
        }
        Arrays.sort(byDiagonal);
        List<Run> runs = new ArrayList<>();
        int m = 0;
        while (m < byDiagonal.length) {
            long diagonal = byDiagonal[m] >>> 32;
            int first = (int) byDiagonal[m];
            int last = first;
            m++;
            while (m < byDiagonal.length && byDiagonal[m] >>> 32 == diagonal && (int) byDiagonal[m] <= last + 1) {
                last = (int) byDiagonal[m];
                m++;
            }
            int bFirst = first - (int) (diagonal - (1 << 30));
            Run run = new Run(first, bFirst, last - first + shingleSize);
            if (Arrays.equals(a.ids, run.aStart(), run.aEnd(), b.ids, run.bStart(), run.bEnd())) runs.add(run);
        }
        runs.sort(Comparator.comparingInt(Run::length).reversed().thenComparingInt(Run::aStart).thenComparingInt(Run::bStart));
        return runs;
    }

    private static boolean overlapsAccepted(Run run, List<Region> accepted) {
        for (Region r : accepted) {
            if (run.aStart() < r.aEnd() && r.aStart() < run.aEnd()) return true;
            if (run.bStart() < r.bEnd() && r.bStart() < run.bEnd()) return true;
        }
        return false;
    }

    private static boolean insideTried(Run run, List<int[]> tried) {
        for (int[] t : tried) {
            if (run.aStart() >= t[0] && run.aEnd() <= t[1] && run.bStart() >= t[2] && run.bEnd() <= t[3]) return true;
        }
        return false;
    }

    /** An alignment growing from a seed, remembering its steps on each side so that it can give them back. */
    private static final class Extension {
        int aStart;
        int aEnd;
        int bStart;
        int bEnd;
        int matched;
        final List<Step> left = new ArrayList<>();
        final List<Step> right = new ArrayList<>();

        Extension(Run run) {
            aStart = run.aStart();
            aEnd = run.aEnd();
            bStart = run.bStart();
            bEnd = run.bEnd();
            matched = run.length();
        }

        double similarity() {
            return CommonSubsequence.dice(matched, aEnd - aStart, bEnd - bStart);
        }

        void peelTo(double threshold) {
            while (similarity() < threshold && !(left.isEmpty() && right.isEmpty())) {
                boolean peelLeft = right.isEmpty()
                        || !left.isEmpty() && left.get(left.size() - 1).similarity() <= right.get(right.size() - 1).similarity();
                Step step = peelLeft ? left.remove(left.size() - 1) : right.remove(right.size() - 1);
                matched -= step.equal();
                if (peelLeft) {
                    aStart += step.gapA() + step.equal();
                    bStart += step.gapB() + step.equal();
                } else {
                    aEnd -= step.gapA() + step.equal();
                    bEnd -= step.gapB() + step.equal();
                }
            }
        }
    }

    private Extension extend(BlockClass a, BlockClass b, Run run, List<Region> accepted) {
        Extension extension = new Extension(run);
        int aLimit = a.length();
        int bLimit = b.length();
        int aFloor = 0;
        int bFloor = 0;
        for (Region r : accepted) {
            if (r.aStart() >= run.aEnd()) aLimit = Math.min(aLimit, r.aStart());
            if (r.bStart() >= run.bEnd()) bLimit = Math.min(bLimit, r.bStart());
            if (r.aEnd() <= run.aStart()) aFloor = Math.max(aFloor, r.aEnd());
            if (r.bEnd() <= run.bStart()) bFloor = Math.max(bFloor, r.bEnd());
        }
        while (true) {
            int[] wa = slice(a.ids, extension.aEnd, Math.min(aLimit, extension.aEnd + window), false);
            int[] wb = slice(b.ids, extension.bEnd, Math.min(bLimit, extension.bEnd + window), false);
            List<Step> steps = steps(wa, wb);
            if (steps.isEmpty()) break;
            for (Step step : steps) {
                extension.aEnd += step.gapA() + step.equal();
                extension.bEnd += step.gapB() + step.equal();
                extension.matched += step.equal();
                record(extension.right, step);
            }
        }
        while (true) {
            int[] wa = slice(a.ids, Math.max(aFloor, extension.aStart - window), extension.aStart, true);
            int[] wb = slice(b.ids, Math.max(bFloor, extension.bStart - window), extension.bStart, true);
            List<Step> steps = steps(wa, wb);
            if (steps.isEmpty()) break;
            for (Step step : steps) {
                extension.aStart -= step.gapA() + step.equal();
                extension.bStart -= step.gapB() + step.equal();
                extension.matched += step.equal();
                record(extension.left, step);
            }
        }
        return extension;
    }

    /** A gapless step only continues what is before it (a window boundary cut it), so it joins that. */
    private static void record(List<Step> steps, Step step) {
        boolean gapless = step.gapA() == 0 && step.gapB() == 0;
        if (gapless && steps.isEmpty()) return;
        if (gapless) {
            Step previous = steps.remove(steps.size() - 1);
            steps.add(new Step(previous.gapA(), previous.gapB(), previous.equal() + step.equal()));
        } else {
            steps.add(step);
        }
    }

    /** The accepted steps at the start of two windows: equal stretches at least as long as the gap before them. */
    private List<Step> steps(int[] wa, int[] wb) {
        List<Step> steps = new ArrayList<>();
        if (wa.length == 0 || wb.length == 0) return steps;
        CommonSubsequence lcs = CommonSubsequence.of(wa, 0, wa.length, wb, 0, wb.length);
        int atA = 0;
        int atB = 0;
        int m = 0;
        while (m < lcs.size()) {
            int i = lcs.aIndex[m];
            int j = lcs.bIndex[m];
            int equal = 1;
            while (m + equal < lcs.size() && lcs.aIndex[m + equal] == i + equal && lcs.bIndex[m + equal] == j + equal) equal++;
            int gapA = i - atA;
            int gapB = j - atB;
            if (gapA > settings.maxGap() || gapB > settings.maxGap() || equal < Math.max(gapA, gapB)) break;
            if ((gapA > 0 || gapB > 0) && !holdsContent(wa, i, i + equal)) break;
            steps.add(new Step(gapA, gapB, equal));
            atA = i + equal;
            atB = j + equal;
            m += equal;
        }
        return steps;
    }

    private boolean holdsContent(int[] ids, int from, int to) {
        for (int i = from; i < to; i++) {
            if (vocabulary.isContent(ids[i])) return true;
        }
        return false;
    }

    private static int[] slice(int[] ids, int from, int to, boolean reversed) {
        if (to <= from) return new int[0];
        int[] out = Arrays.copyOfRange(ids, from, to);
        if (reversed) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                int t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    /** The final alignment: trimmed to sentence boundaries where both sides have them, then checked. */
    private Region verify(BlockClass a, BlockClass b, int aStart, int aEnd, int bStart, int bEnd) {
        CommonSubsequence lcs = CommonSubsequence.of(a.ids, aStart, aEnd, b.ids, bStart, bEnd);
        if (lcs.size() == 0) return null;
        int first = 0;
        int last = lcs.size() - 1;
        int minWords = settings.minWords();
        if (!(a.sentenceStarts[aStart] && b.sentenceStarts[bStart])) {
            for (int m = 0; m < lcs.size() && lcs.aIndex[m] - aStart < minWords && lcs.bIndex[m] - bStart < minWords; m++) {
                if (a.sentenceStarts[lcs.aIndex[m]] && b.sentenceStarts[lcs.bIndex[m]]) first = m;
            }
        }
        if (!(a.endsSentence(aEnd - 1) && b.endsSentence(bEnd - 1))) {
            for (int m = lcs.size() - 1; m >= first && aEnd - 1 - lcs.aIndex[m] < minWords && bEnd - 1 - lcs.bIndex[m] < minWords; m--) {
                if (a.endsSentence(lcs.aIndex[m]) && b.endsSentence(lcs.bIndex[m])) last = m;
            }
        }
        // The alignment begins and ends on shared words.
        int trimmedAStart = lcs.aIndex[first];
        int trimmedBStart = lcs.bIndex[first];
        int trimmedAEnd = lcs.aIndex[last] + 1;
        int trimmedBEnd = lcs.bIndex[last] + 1;
        int matched = last - first + 1;
        int content = 0;
        for (int m = first; m <= last; m++) {
            if (vocabulary.isContent(a.ids[lcs.aIndex[m]])) content++;
        }
        if (matched < minWords || content < settings.minContentWords()) return null;
        if (CommonSubsequence.dice(matched, trimmedAEnd - trimmedAStart, trimmedBEnd - trimmedBStart) < settings.nearSimilarity()) {
            return null;
        }
        return new Region(a, trimmedAStart, trimmedAEnd, b, trimmedBStart, trimmedBEnd);
    }
}
