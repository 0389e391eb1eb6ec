package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;

/**
 * Prose blocks whose normalised words are identical, wherever they stand: indexed and aligned once,
 * then expanded to every member. A whole block copied into many articles thus costs one alignment.
 */
public final class BlockClass {
    /**
     * One block of the class, with where each of its content words starts and ends in its text (only
     * the places are kept: the normalised words are the class's).
     *
     * @param article   its article's place in processing order
     * @param articleId its article's id
     */
    public record Member(int article, String articleId, int blockIndex, Block block, int[] starts, int[] ends) {
        int start(int word) {
            return starts[word];
        }

        int end(int wordEnd) {
            return ends[wordEnd - 1];
        }
    }

    final int index;
    /** The normalised words as ids (see {@link Vocabulary}). */
    final int[] ids;
    /** Whether each word opens a sentence, as the first member writes it. */
    final boolean[] sentenceStarts;
    /** {@code Arrays.hashCode(ids)}. */
    final int idsHash;
    final List<Member> members = new ArrayList<>();
    private int articleCount;
    private int lastArticle = -1;

    /** The class's place in this build's order of classes: by its first member, in processing order. */
    public int index() {
        return index;
    }

    /** The normalised words as ids. */
    public int[] ids() {
        return ids;
    }

    /** Whether each word opens a sentence. */
    public boolean[] sentenceStarts() {
        return sentenceStarts;
    }

    /** {@code Arrays.hashCode(ids())}, worked out when the words were first read. */
    public int idsHash() {
        return idsHash;
    }

    /** A class of texts with these words, as the first of them reads. */
    BlockClass(int index, TextWords words) {
        this(index, words.ids(), words.sentenceStarts(), words.idsHash());
    }

    private BlockClass(int index, int[] ids, boolean[] sentenceStarts, int idsHash) {
        this.index = index;
        this.ids = ids;
        this.sentenceStarts = sentenceStarts;
        this.idsHash = idsHash;
    }

    /** The class of these members (in article order, then block order) at this place, its words as the first member's read. */
    public static BlockClass of(int index, TextWords firstWords, List<Member> members) {
        BlockClass c = new BlockClass(index, firstWords);
        for (Member m : members) c.add(m);
        return c;
    }

    /** The same class at another place in the order of classes. */
    public BlockClass at(int index) {
        BlockClass c = new BlockClass(index, ids, sentenceStarts, idsHash);
        for (Member m : members) c.add(m);
        return c;
    }

    /**
     * The member that block {@code b} of an article makes, or null when classifying leaves the block out: it is
     * not prose, it is boilerplate, or it has fewer than {@code minWords} content words.
     *
     * @param article its article's place in processing order
     * @param words   the article's words (see {@link ArticleReading#words})
     */
    public static Member member(int article, String articleId, ArticleReading reading, TextWords[] words, int b, int minWords) {
        ProseReading prose = reading.readings()[b];
        if (prose == null || prose.boilerplate() || prose.contentLength() < minWords) return null;
        return new Member(article, articleId, b, reading.blocks().get(b), words[b].starts(), words[b].ends());
    }

    /** The members, in article order, then block order. Not to be changed. */
    public List<Member> members() {
        return members;
    }

    /** Members arrive in article order, so counting changes of article counts distinct articles. */
    void add(Member member) {
        if (member.article() != lastArticle) articleCount++;
        lastArticle = member.article();
        members.add(member);
    }

    /**
     * Whether another class with the same words has the same members: blocks of the same texts and ids at
     * the same places of the same articles (by id). Assembling reads nothing else of a class but its words
     * and its articles' order.
     */
    public boolean sameMembers(BlockClass other) {
        if (members.size() != other.members.size()) return false;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Member o = other.members.get(i);
            if (m.blockIndex() != o.blockIndex() || !m.articleId().equals(o.articleId())) return false;
            if (m.block() != o.block() && !(m.block().id().equals(o.block().id()) && m.block().text().equals(o.block().text()))) return false;
        }
        return true;
    }

    int length() {
        return ids.length;
    }

    int articleCount() {
        return articleCount;
    }

    /** The one article all members belong to, or -1 when they span several. */
    int soleArticle() {
        return articleCount == 1 ? lastArticle : -1;
    }

    boolean endsSentence(int word) {
        return word + 1 == ids.length || sentenceStarts[word + 1];
    }
}
