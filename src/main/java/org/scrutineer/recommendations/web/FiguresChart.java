package org.scrutineer.recommendations.web;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.recommendations.CommitteeFigures;

/**
 * The geometry of the figures page's bar chart, worked out here so that the template only draws it: for each
 * committee (the council first) a bar for responses on time and one for the implementation rate, each as wide as its
 * percentage of {@link #BAR_WIDTH}, drawn over a pale track of the full width and labelled after it. Drawn as inline SVG with presentation attributes, so it needs neither
 * JavaScript nor inline styles (which the content security policy refuses).
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param track the length of a bar at 100%
 * @param groups one per committee
 */
record FiguresChart(int width, int height, int track, List<Group> groups) {

    static final int WIDTH = 800;
    static final int BAR_WIDTH = 480;
    static final int LEGEND = 36;
    static final int GROUP = 86;

    /** One committee's two bars, with their labels. */
    record Group(String name, int nameY, Bar onTime, Bar implemented) {
    }

    /** A bar at {@code y}, {@code length} long, labelled after the track's end. */
    record Bar(int y, int length, int labelX, int labelY, String label) {
    }

    static FiguresChart of(List<CommitteeFigures> rows) {
        List<Group> groups = new ArrayList<>();
        int y = LEGEND;
        for (CommitteeFigures f : rows) {
            groups.add(new Group(f.name(), y + 16,
                    bar(y + 24, f.onTimePercent(), "On time: ", "no response due yet"),
                    bar(y + 52, f.implementationPercent(), "Implemented: ", "nothing accepted yet")));
            y += GROUP;
        }
        return new FiguresChart(WIDTH, y + 4, BAR_WIDTH, groups);
    }

    static Bar bar(int y, Double percent, String what, String none) {
        int length = percent == null ? 0 : (int) Math.round(BAR_WIDTH * Math.max(0, Math.min(100, percent)) / 100);
        return new Bar(y, length, BAR_WIDTH + 10, y + 16,
                what + (percent == null ? none : FiguresController.percent(percent)));
    }
}
