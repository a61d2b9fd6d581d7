package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.ProvisionCoverage;
import org.icerules.analysis.ProvisionCoverage.Tally;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link ProvisionCoverage.Report} as a readable table or as JSON. */
public final class CoverageTable {
    private static final String[] HEADERS = {"regime", "provision", "role", "decided", "gave way", "general decided",
            "exercised"};

    private CoverageTable() {
    }

    public static String text(ProvisionCoverage.Report report) {
        List<String[]> rows = new ArrayList<>();
        for (Tally t : report.tallies()) {
            boolean exception = t.role() == ProvisionCoverage.Role.EXCEPTION
                    || t.role() == ProvisionCoverage.Role.GENERAL_AND_EXCEPTION
                    || t.role() == ProvisionCoverage.Role.SCOPE;
            rows.add(new String[]{t.regime(), t.provision().id(), t.role().wire(), String.valueOf(t.decided()),
                    String.valueOf(t.gaveWay()), exception ? String.valueOf(t.generalDecided()) : "-",
                    t.role() == ProvisionCoverage.Role.NOTE ? "(note)" : t.exercised() ? "yes" : "NO"});
        }
        int[] width = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            width[i] = HEADERS[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("provision coverage: ").append(report.scenarios()).append(" scenarios, ")
                .append(report.checks()).append(" checked verdicts\n\n");
        line(out, HEADERS, width);
        String[] rule = new String[HEADERS.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(out, rule, width);
        rows.forEach(r -> line(out, r, width));
        out.append('\n')
                .append("decided: scenarios whose checked verdicts it decided; gave way: scenarios where it applied but\n")
                .append("an exception won; general decided (exceptions): scenarios where what it overrides decided on\n")
                .append("its actions, i.e. the exception was checked not applying.\n\n");
        List<Tally> gaps = report.gaps();
        out.append(report.tallies().size()).append(" provisions, ").append(report.tallies().size() - gaps.size())
                .append(" exercised both ways, ").append(gaps.size()).append(gaps.size() == 1 ? " gap\n" : " gaps\n");
        for (Tally t : gaps) {
            out.append("GAP ").append(t.regime()).append(" · ").append(t.provision().id()).append(": ")
                    .append(String.join("; ", t.gaps())).append('\n');
        }
        return out.toString();
    }

    public static String json(ProvisionCoverage.Report report) {
        ObjectNode root = Json.object();
        root.put("scenarios", report.scenarios());
        root.put("checks", report.checks());
        root.put("complete", report.complete());
        ArrayNode ps = Json.array();
        for (Tally t : report.tallies()) {
            ObjectNode n = Json.object();
            n.put("regime", t.regime());
            n.set("provision", JsonShapes.provision(t.provision()));
            n.put("role", t.role().wire());
            n.put("decided", t.decided());
            n.put("gaveWay", t.gaveWay());
            n.put("generalDecided", t.generalDecided());
            n.put("exercised", t.exercised());
            n.set("gaps", Json.strings(t.gaps()));
            ps.add(n);
        }
        root.set("provisions", ps);
        return Json.pretty(root);
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            boolean numeric = i >= 3 && i <= 5;
            String pad = " ".repeat(width[i] - cells[i].length());
            l.append(numeric ? pad + cells[i] : cells[i] + pad);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
