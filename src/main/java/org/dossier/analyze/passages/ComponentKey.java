package org.dossier.analyze.passages;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything that splitting one component of linked stretches into passages reads (see {@link
 * PassageAssembler}), in terms that hold in any build of one {@link VocabularySteps}, so that a component
 * no edit touched gives back the drafts it gave before. Groups and classes are numbered within the
 * component, in the order the build's own numbers put them, which is the only use split makes of those.
 * A class's words, and where its members' words stand, are read from its members' texts in the scope's
 * vocabulary, so the texts stand for them.
 *
 * @param shape          for each group: its class, start, end, number of neighbours and the neighbours;
 *                       then for each class its number of members
 * @param members        each class's members in turn, in the class's order
 * @param nearSimilarity the setting split compares with
 */
public record ComponentKey(int[] shape, List<Member> members, double nearSimilarity) {
    /**
     * One member block of a class.
     *
     * @param article its article's id, which orders articles as processing does and names them in spans
     * @param rank    its article's place among the component's articles in the caller's order
     */
    record Member(String article, int rank, int blockIndex, String block, String text) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof ComponentKey key && Arrays.equals(shape, key.shape)
                && members.equals(key.members) && Double.compare(nearSimilarity, key.nearSimilarity) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(shape), members, nearSimilarity);
    }

    @Override
    public String toString() {
        return "ComponentKey" + Arrays.toString(shape) + members;
    }
}
