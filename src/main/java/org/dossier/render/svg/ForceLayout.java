package org.dossier.render.svg;

import java.util.List;

/**
 * Positions for the nodes of a small graph: Fruchterman and Reingold's spring embedder, started from a
 * circle in node order and run a fixed number of rounds with a fixed cooling schedule, so the same graph
 * is laid out the same every time (no random start, no clock). Nodes pull on their neighbours in
 * proportion to the edge weight and push every other node away. O(rounds × n²): meant for the few dozen
 * nodes a page draws, not for the whole network.
 */
final class ForceLayout {
    static final int ROUNDS = 300;

    private ForceLayout() {}

    /** An edge between node indexes, with its relative weight (0..1]. */
    record Link(int a, int b, double weight) {}

    /** x and y of each node, inside [0, width] × [0, height]. */
    static double[][] positions(int n, List<Link> links, double width, double height) {
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            // The first node in the middle, the rest on a circle: the strongest node tends to end up central.
            double angle = 2 * Math.PI * i / Math.max(1, n - 1);
            double r = i == 0 ? 0 : Math.min(width, height) * 0.4;
            p[i][0] = width / 2 + r * Math.cos(angle);
            p[i][1] = height / 2 + r * Math.sin(angle);
        }
        if (n < 2) return p;
        double k = Math.sqrt(width * height / n) * 0.75;
        double temperature = width / 8;
        double[][] shift = new double[n][2];
        for (int round = 0; round < ROUNDS; round++) {
            for (double[] s : shift) s[0] = s[1] = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                    double push = k * k / d;
                    shift[i][0] += dx / d * push;
                    shift[i][1] += dy / d * push;
                    shift[j][0] -= dx / d * push;
                    shift[j][1] -= dy / d * push;
                }
            }
            for (Link link : links) {
                double dx = p[link.a()][0] - p[link.b()][0];
                double dy = p[link.a()][1] - p[link.b()][1];
                double d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                double pull = d * d / k * (0.5 + link.weight());
                shift[link.a()][0] -= dx / d * pull;
                shift[link.a()][1] -= dy / d * pull;
                shift[link.b()][0] += dx / d * pull;
                shift[link.b()][1] += dy / d * pull;
            }
            for (int i = 0; i < n; i++) {
                // A weak pull to the centre keeps parts that are not connected from drifting to the edges.
                shift[i][0] += (width / 2 - p[i][0]) * 0.05 * k / 10;
                shift[i][1] += (height / 2 - p[i][1]) * 0.05 * k / 10;
                double length = Math.max(0.01, Math.sqrt(shift[i][0] * shift[i][0] + shift[i][1] * shift[i][1]));
                double step = Math.min(length, temperature);
                p[i][0] += shift[i][0] / length * step;
                p[i][1] += shift[i][1] / length * step;
            }
            temperature = Math.max(0.5, temperature * 0.985);
        }
        fit(p, width, height);
        return p;
    }

    /** Scales and moves the positions to fill the box. */
    private static void fit(double[][] p, double width, double height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] xy : p) {
            minX = Math.min(minX, xy[0]);
            maxX = Math.max(maxX, xy[0]);
            minY = Math.min(minY, xy[1]);
            maxY = Math.max(maxY, xy[1]);
        }
        double sx = maxX > minX ? width / (maxX - minX) : 1;
        double sy = maxY > minY ? height / (maxY - minY) : 1;
        for (double[] xy : p) {
            xy[0] = maxX > minX ? (xy[0] - minX) * sx : width / 2;
            xy[1] = maxY > minY ? (xy[1] - minY) * sy : height / 2;
        }
    }
}
