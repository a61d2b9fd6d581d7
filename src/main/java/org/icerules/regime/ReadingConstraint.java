package org.icerules.regime;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.icerules.model.law.SwitchSpec;
import org.icerules.yaml.DidYouMean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads one {@code Reading( name == "…", value == "…" )} pattern: the switch it names (once,
 * as a top-level {@code name == "…"}) and the values it tests ({@code ==}, {@code !=},
 * {@code in}, {@code not in}, {@code ||}), each checked against the switches regime.yaml
 * declares at the place it is written.
 */
final class ReadingConstraint {
    private static final String FORM = "Reading( name == \"…\", value == \"…\" )";
    private static final List<String> FIELDS = List.of("name", "value");

    private final int[] pattern;
    private String name;
    private int[] nameAt;
    private final Map<String, int[]> values = new LinkedHashMap<>();

    ReadingConstraint(int[] pattern) {
        this.pattern = pattern;
    }

    void read(ConstraintConnectiveDescr tree, ConstraintPlace place) throws Refused {
        read(tree, place, true);
    }

    private void read(BaseDescr d, ConstraintPlace place, boolean topLevel) throws Refused {
        if (d instanceof ConstraintConnectiveDescr c) {
            boolean and = c.getConnective() == ConnectiveType.AND && !c.isNegated();
            for (BaseDescr child : c.getDescrs()) {
                read(child, place, topLevel && and);
            }
            return;
        }
        if (!(d instanceof RelationalExprDescr r) || !(r.getLeft() instanceof AtomicExprDescr left)
                || !(r.getRight() instanceof AtomicExprDescr right)) {
            throw new Refused(place.whole(), "a Reading is matched as " + FORM + ", not with '" + d + "'");
        }
        Operand l = Operand.of(left.getExpression());
        int lAt = place.locate(l);
        Operand rt = Operand.of(right.getExpression());
        int rAt = place.locate(rt);
        boolean fieldLeft = l.kind() == Operand.Kind.NAME;
        Operand field = fieldLeft ? l : rt;
        Operand constant = fieldLeft ? rt : l;
        int fieldAt = fieldLeft ? lAt : rAt;
        int constantAt = fieldLeft ? rAt : lAt;
        if (field.kind() != Operand.Kind.NAME || field.negated()) {
            throw new Refused(place.at(lAt), "a Reading is matched as " + FORM + ", not with '" + l.text() + " "
                    + r.getOperator() + " " + rt.text() + "'");
        }
        if (!FIELDS.contains(field.name())) {
            throw new Refused(place.nameOf(field, fieldAt), "unknown field '" + field.name() + "' of Reading"
                    + DidYouMean.hint(field.name(), FIELDS) + "; allowed: name, value");
        }
        if (constant.kind() != Operand.Kind.STRING) {
            throw new Refused(place.at(constantAt), "Reading's " + field.name() + " is compared with a quoted "
                    + "text, as " + FORM + ", not with '" + constant.text() + "'");
        }
        String op = r.getOperator();
        if (field.name().equals("name")) {
            if (!topLevel || r.isNegated() || !op.equals("==") || (name != null && !name.equals(constant.string()))) {
                throw new Refused(place.at(fieldAt), "a Reading names exactly one switch, as " + FORM);
            }
            name = constant.string();
            nameAt = place.at(constantAt);
        } else if (op.equals("==") || op.equals("!=")) {
            values.putIfAbsent(constant.string(), place.at(constantAt));
        } else {
            throw new Refused(place.at(fieldAt), "Reading's value is compared with == or != (or in / not in), "
                    + "not '" + op + "'");
        }
    }

    /** Records the switch and values read, after checking them against the regime's switches (when given). */
    void finish(Conditions into, List<SwitchSpec> switches) throws Refused {
        if (name == null) {
            throw new Refused(pattern, "a Reading pattern must name its switch: " + FORM);
        }
        if (switches != null) {
            SwitchSpec s = switches.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (s == null) {
                List<String> known = switches.stream().map(SwitchSpec::name).toList();
                throw new Refused(nameAt, "reads switch '" + name + "', which regime.yaml does not declare"
                        + DidYouMean.hint(name, known) + (known.isEmpty() ? "" : "; declared: " + String.join(", ", known)));
            }
            for (Map.Entry<String, int[]> v : values.entrySet()) {
                if (!s.values().contains(v.getKey())) {
                    throw new Refused(v.getValue(), "tests switch '" + s.name() + "' for '" + v.getKey()
                            + "', which is not one of its values " + s.values() + DidYouMean.hint(v.getKey(), s.values()));
                }
            }
        }
        into.reading(name, new TreeSet<>(values.keySet()));
    }
}
