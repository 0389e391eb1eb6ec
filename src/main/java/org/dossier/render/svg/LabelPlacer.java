package org.dossier.render.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Places node labels so that no two overlap and none covers a node: each label, strongest node first,
 * takes the first free spot of a fixed list around its node (right, left, above, below, the corners, then
 * the same farther out). A label with no free spot is left out; its node keeps its name as a tooltip and
 * the page lists it. Text width is estimated from the character count, generously.
 */
final class LabelPlacer {
    /** A label's box: left x, baseline-independent top y, width and height. */
    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** Where a label goes: {@code x}, {@code y} of its baseline start; empty when it has no free spot. */
    record Placement(double x, double y, boolean shown) {}

    private final double width;
    private final double height;
    private final double font;
    private final List<Box> taken = new ArrayList<>();

    LabelPlacer(double width, double height, double font) {
        this.width = width;
        this.height = height;
        this.font = font;
    }

    /** Marks a node's circle as taken, so no label covers it. */
    void node(double cx, double cy, double r) {
        taken.add(new Box(cx - r, cy - r, 2 * r, 2 * r));
    }

    Placement place(double cx, double cy, double r, String text) {
        double w = text.codePointCount(0, text.length()) * font * 0.62 + 2;
        double h = font * 1.2;
        for (double gap = 3; gap <= 3 + 2 * font; gap += font) {
            double[][] spots = {
                    {cx + r + gap, cy - h / 2}, {cx - r - gap - w, cy - h / 2},
                    {cx - w / 2, cy - r - gap - h}, {cx - w / 2, cy + r + gap},
                    {cx + r, cy - r - gap - h}, {cx + r, cy + r + gap},
                    {cx - r - w, cy - r - gap - h}, {cx - r - w, cy + r + gap}};
            for (double[] spot : spots) {
                Box box = new Box(spot[0], spot[1], w, h);
                if (box.x < 0 || box.y < 0 || box.x + w > width || box.y + h > height) continue;
                if (taken.stream().anyMatch(box::overlaps)) continue;
                taken.add(box);
                return new Placement(box.x + 1, box.y + font, true);
            }
        }
        return new Placement(0, 0, false);
    }
}
