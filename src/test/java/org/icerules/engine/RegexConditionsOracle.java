package org.icerules.engine;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.icerules.model.FactSchema;
import org.icerules.model.FactSpec;
import org.icerules.model.FactType;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis as it was before it read Drools' own parse: what a rule reads, derived from
 * the constraint text with regular expressions. Kept only to show that the new analysis
 * gives the same results on every rule in rules/ before this code goes.
 */
final class RegexConditionsOracle {
    private static final Set<String> DATE_PREDICATES = Set.of("onOrAfter", "onOrBefore", "before", "after");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern NUMBER_COMPARISON =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(<=|>=|<|>|==|!=)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER_COMPARISON_REVERSED =
            Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(<=|>=|<|>|==|!=)\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DATE_CALL =
            Pattern.compile("(onOrAfter|onOrBefore|before|after)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern READING_NAME = Pattern.compile("^\\s*name\\s*==\\s*\"([^\"]+)\"\\s*$");
    private static final Pattern READING_VALUE = Pattern.compile("\"([^\"]+)\"");

    private RegexConditionsOracle() {
    }

    /** What one rule's conditions read, as the regular expressions saw it. */
    record Reads(List<String> facts, boolean readsDate, Map<String, Set<String>> switches,
                 Map<String, Set<Double>> numbers, Set<LocalDate> dates) {
    }

    static Reads read(RuleDescr r) {
        Set<String> facts = new LinkedHashSet<>();
        boolean[] readsDate = {false};
        Map<String, Set<String>> switches = new TreeMap<>();
        Map<String, Set<Double>> numbers = new TreeMap<>();
        Set<LocalDate> dates = new TreeSet<>();
        walk(r.getLhs(), facts, readsDate, switches, numbers, dates);
        List<String> reads = FactSchema.facts().stream().map(FactSpec::name).filter(facts::contains).toList();
        return new Reads(reads, readsDate[0], switches, numbers, dates);
    }

    private static void walk(BaseDescr d, Set<String> facts, boolean[] readsDate, Map<String, Set<String>> switches,
                             Map<String, Set<Double>> numbers, Set<LocalDate> dates) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            List<String> constraints = p.getDescrs().stream().map(BaseDescr::getText).filter(t -> t != null).toList();
            if ("Case".equals(type) || type.endsWith(".Case")) {
                for (String text : constraints) {
                    Matcher dm = DATE_CALL.matcher(text);
                    while (dm.find()) {
                        readsDate[0] = true;
                        dates.add(LocalDate.parse(dm.group(2)));
                    }
                    String code = STRING_LITERAL.matcher(text).replaceAll("\"\"");
                    Matcher im = IDENTIFIER.matcher(code);
                    while (im.find()) {
                        FactSpec f = FactSchema.byField(im.group());
                        if (f != null) {
                            facts.add(f.name());
                        } else if (im.group().equals("date") || DATE_PREDICATES.contains(im.group())) {
                            readsDate[0] = true;
                        }
                    }
                    for (Pattern form : List.of(NUMBER_COMPARISON, NUMBER_COMPARISON_REVERSED)) {
                        Matcher nm = form.matcher(code);
                        boolean reversed = form == NUMBER_COMPARISON_REVERSED;
                        while (nm.find()) {
                            FactSpec f = FactSchema.byField(nm.group(reversed ? 3 : 1));
                            if (f != null && f.type() == FactType.NUMBER) {
                                numbers.computeIfAbsent(f.name(), k -> new TreeSet<>())
                                        .add(Double.parseDouble(nm.group(reversed ? 1 : 3)));
                            }
                        }
                    }
                }
            } else if ("Reading".equals(type) || type.endsWith(".Reading")) {
                String name = null;
                Set<String> values = new TreeSet<>();
                for (String c : constraints) {
                    Matcher m = READING_NAME.matcher(c);
                    if (m.matches()) {
                        name = m.group(1);
                    } else if (c.trim().startsWith("value")) {
                        Matcher v = READING_VALUE.matcher(c);
                        while (v.find()) {
                            values.add(v.group(1));
                        }
                    }
                }
                if (name != null) {
                    switches.computeIfAbsent(name, k -> new TreeSet<>()).addAll(values);
                }
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, facts, readsDate, switches, numbers, dates);
            }
        }
    }
}
