package org.icerules.report;

import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.profile.PlaceProfile;
import org.icerules.profile.ProfileSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable {@code profile}: the places (each a jurisdiction on a date, with its layers in
 * force), then one table per map — a row per item, a column per place, each cell the answer word
 * and the citations that decide it — ending in a row counting the items that limit. Place columns
 * continue in blocks below when they do not fit the {@link Layout}'s width.
 */
public final class ProfileTable {
    /** Widest a place column grows before its cells wrap, in the stable (piped) layout. */
    static final int CELL_WIDTH = 28;
    /** Widest the item column grows before it wraps. */
    static final int ITEM_WIDTH = 30;

    private ProfileTable() {
    }

    public static String render(ProfileSpec spec, List<PlaceProfile> places, Layout layout) {
        StringBuilder out = new StringBuilder();
        out.append(layout.lines("profile — the law in force, item by item, in the categories the published maps use",
                "", ""));
        out.append("places:\n");
        for (PlaceProfile p : places) {
            out.append(layout.lines(placeLine(p), "  - ", "    "));
        }
        Map<String, String> readings = new LinkedHashMap<>();
        places.forEach(p -> p.readings().forEach((k, v) -> readings.merge(k, v + (p.fromRecord().containsKey(k)
                ? " (dated record)" : ""), (a, b) -> a.equals(b) ? a : a + " | " + b)));
        if (!readings.isEmpty()) {
            out.append(layout.lines("readings: " + readings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")), "", "  "));
        }
        for (ProfileSpec.MapSpec map : spec.maps()) {
            out.append('\n');
            out.append(layout.lines(map.shortName() + " — " + map.title() + " (" + map.date() + ")", "", ""));
            out.append(layout.lines(map.href(), "", ""));
            table(out, spec, map, places, layout);
        }
        out.append('\n');
        out.append(layout.lines("answers: " + spec.answers().stream().map(a -> a.word() + " = "
                + a.statuses().stream().map(s -> s.wire()).collect(Collectors.joining("/")))
                .collect(Collectors.joining(", ")) + "; " + spec.mixed() + " = some of the item's questions "
                + "limit, others not. Each item's questions (action and facts): profile --format json.", "", "  "));
        return out.toString();
    }

    /** "ID on DATE (its name): the layers of law in force; grant conditions, not law: …" */
    static String placeLine(PlaceProfile p) {
        List<String> law = p.layers().stream().filter(Layer::isLaw).map(l -> l.regime().shortName()).toList();
        List<String> grants = p.layers().stream().filter(l -> !l.isLaw()).map(l -> l.regime().shortName()).toList();
        return p.place().jurisdiction() + " on " + p.place().date() + " (" + p.name() + "): "
                + (law.isEmpty() ? "no layer in force" : String.join(", ", law))
                + (grants.isEmpty() ? "" : "; grant conditions, not law: " + String.join(", ", grants));
    }

    /** "limits" + the deciding citations, e.g. "limits D.R.M.C. § 28-253". */
    static String cell(PlaceProfile.ItemAnswer a) {
        List<LayerProvision> deciding = a.deciding();
        if (deciding.isEmpty()) {
            return a.word();
        }
        List<String> cites = new ArrayList<>();
        deciding.forEach(p -> {
            if (!cites.contains(p.provision().cite())) {
                cites.add(p.provision().cite());
            }
        });
        return a.word() + " " + String.join("; ", cites);
    }

    /** "4 of 7 (+1 partly)" */
    static String count(List<PlaceProfile.ItemAnswer> items) {
        long limits = items.stream().filter(PlaceProfile.ItemAnswer::limits).count();
        long partly = items.stream().filter(PlaceProfile.ItemAnswer::partly).count();
        return limits + " of " + items.size() + (partly == 0 ? "" : " (+" + partly + " partly)");
    }

    private static void table(StringBuilder out, ProfileSpec spec, ProfileSpec.MapSpec map, List<PlaceProfile> places,
                              Layout layout) {
        int lead = Math.min(ITEM_WIDTH, Math.max(20, layout.width() / 3));
        List<List<String>> plain = new ArrayList<>();
        for (ProfileSpec.ItemSpec item : map.items()) {
            List<String> row = new ArrayList<>();
            for (PlaceProfile p : places) {
                row.add(cell(p.itemsOf(map).stream().filter(i -> i.item().id().equals(item.id())).findFirst()
                        .orElseThrow()));
            }
            plain.add(row);
        }
        List<String> counts = places.stream().map(p -> count(p.itemsOf(map))).toList();
        int cellWidth = cellWidth(layout, lead, places, plain, counts);
        List<List<String>> head = new ArrayList<>();
        head.add(List.of("item"));
        for (PlaceProfile p : places) {
            List<String> h = new ArrayList<>(layout.wrap(p.place().jurisdiction(), cellWidth));
            h.add(p.place().date().toString());
            head.add(h);
        }
        List<BlockTable.Row> rows = new ArrayList<>();
        for (int k = 0; k < map.items().size(); k++) {
            ProfileSpec.ItemSpec item = map.items().get(k);
            List<List<String>> row = new ArrayList<>();
            List<String> first = new ArrayList<>(layout.wrap(item.label(), lead));
            first.add(item.id());
            row.add(first);
            plain.get(k).forEach(c -> row.add(layout.wrap(c, cellWidth)));
            rows.add(new BlockTable.Row(row));
        }
        List<List<String>> total = new ArrayList<>();
        total.add(List.of("items that limit"));
        counts.forEach(c -> total.add(List.of(c)));
        rows.add(new BlockTable.Row(total));
        new BlockTable(1, " | ").render(out, new BlockTable.Row(head), rows, layout.width());
    }

    /** As {@link MatrixTable#cellWidth}: piped a fixed width; on a terminal as wide as fits, at least two places a block. */
    private static int cellWidth(Layout layout, int lead, List<PlaceProfile> places, List<List<String>> plain,
                                 List<String> counts) {
        if (!layout.fitted()) {
            return CELL_WIDTH;
        }
        int natural = lead;
        int widest = 0;
        for (int i = 0; i < places.size(); i++) {
            int w = Math.max(places.get(i).place().jurisdiction().length(), counts.get(i).length());
            for (List<String> row : plain) {
                w = Math.max(w, row.get(i).length());
            }
            natural += 3 + w;
            widest = Math.max(widest, w);
        }
        if (natural <= layout.width()) {
            return widest;
        }
        int room = layout.width() - lead;
        int perBlock = Math.max(1, Math.min(places.size(), room / (CELL_WIDTH + 3)));
        if (perBlock < 2 && places.size() > 1) {
            perBlock = Math.min(2, Math.max(1, room / (MatrixTable.NARROWEST_CELL + 3)));
        }
        return Math.max(MatrixTable.NARROWEST_CELL, room / perBlock - 3);
    }
}
