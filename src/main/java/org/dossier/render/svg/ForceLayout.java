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
        double kk = k * k;
        double temperature = width / 8;
        // Coordinates and shifts in flat arrays, each force worked out once and applied to both nodes: every
        // entity page lays out its neighbourhood. The same operations in the same order as the plain
        // formulation, so the same positions to the last bit.
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p[i][0];
            y[i] = p[i][1];
        }
        double[] sx = new double[n];
        double[] sy = new double[n];
        int linkCount = links.size();
        int[] from = new int[linkCount];
        int[] to = new int[linkCount];
        double[] strength = new double[linkCount];
        for (int l = 0; l < linkCount; l++) {
            Link link = links.get(l);
            from[l] = link.a();
            to[l] = link.b();
            strength[l] = 0.5 + link.weight();
        }
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Arrays.fill(sx, 0);
            java.util.Arrays.fill(sy, 0);
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                double yi = y[i];
                double pushX = sx[i];
                double pushY = sy[i];
                for (int j = i + 1; j < n; j++) {
                    double dx = xi - x[j];
                    double dy = yi - y[j];
                    double d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                    double push = kk / d;
                    double fx = dx / d * push;
                    double fy = dy / d * push;
                    pushX += fx;
                    pushY += fy;
                    sx[j] -= fx;
                    sy[j] -= fy;
                }
                sx[i] = pushX;
                sy[i] = pushY;
            }
            for (int l = 0; l < linkCount; l++) {
                int a = from[l];
                int b = to[l];
                double dx = x[a] - x[b];
                double dy = y[a] - y[b];
                double d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                double pull = d * d / k * strength[l];
                double fx = dx / d * pull;
                double fy = dy / d * pull;
                sx[a] -= fx;
                sy[a] -= fy;
                sx[b] += fx;
                sy[b] += fy;
            }
            for (int i = 0; i < n; i++) {
                // A weak pull to the centre keeps parts that are not connected from drifting to the edges.
                sx[i] += (width / 2 - x[i]) * 0.05 * k / 10;
                sy[i] += (height / 2 - y[i]) * 0.05 * k / 10;
                double length = Math.max(0.01, Math.sqrt(sx[i] * sx[i] + sy[i] * sy[i]));
                double step = Math.min(length, temperature);
                x[i] += sx[i] / length * step;
                y[i] += sy[i] / length * step;
            }
            temperature = Math.max(0.5, temperature * 0.985);
        }
        for (int i = 0; i < n; i++) {
            p[i][0] = x[i];
            p[i][1] = y[i];
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
