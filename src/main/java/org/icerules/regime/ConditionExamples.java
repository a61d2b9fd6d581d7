package org.icerules.regime;

import org.icerules.model.facts.DrlNames;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions a refusal shows as examples, written with the vocabulary's own facts (the first
 * enum, number and bool fact), so no fact is named in the code and a new vocabulary gets examples
 * that compile against it.
 *
 * @param compare  {@code actor == Actor.POLICE_OFFICER}, or null without an enum fact
 * @param differs  {@code actor != Actor.POLICE_OFFICER}, or null
 * @param notIn    {@code actor not in (…)}, or null
 * @param number   {@code someNumber < 72} (its default), or null without a number fact
 * @param bool     {@code priorRemovalOrder}, or null without a bool fact
 */
record ConditionExamples(String compare, String differs, String notIn, String number, String bool) {

    static ConditionExamples of(Vocabulary v) {
        String compare = null;
        String differs = null;
        String notIn = null;
        String number = null;
        String bool = null;
        for (FactSpec f : v.facts()) {
            if (f.type() == FactType.ENUM && compare == null) {
                String value = f.values().stream().filter(x -> !x.equals(f.definition().defaultValue())).findFirst()
                        .orElse(f.values().get(0));
                String constant = f.definition().typeName() + "." + DrlNames.constant(value);
                compare = f.field() + " == " + constant;
                differs = f.field() + " != " + constant;
                notIn = f.field() + " not in (…)";
            } else if (f.type() == FactType.NUMBER && number == null) {
                number = f.field() + " < " + Vocabulary.formatValue(f.defaultValue());
            } else if (f.type() == FactType.BOOL && bool == null) {
                bool = f.field();
            }
        }
        return new ConditionExamples(compare, differs, notIn, number, bool);
    }

    /** "a condition compares a fact of the case with a constant, as …" with up to three examples. */
    String factAndConstant() {
        return "a condition compares a fact of the case with a constant" + as(compare, number, bool);
    }

    /** The same with one example. */
    String oneComparison() {
        return "a condition compares a fact of the case with a constant" + as(first(), null, null);
    }

    /** {@code Case( … )} around the first example, for "name the fact, as …". */
    String inCase() {
        return "Case( " + (first() == null ? "…" : first()) + " )";
    }

    /** {@code Case( … )} around the number example, or the first. */
    String numberInCase() {
        return "Case( " + (number != null ? number : first() == null ? "…" : first()) + " )";
    }

    /** The opposite conditions a 'not' should be written as. */
    String opposites() {
        List<String> out = new ArrayList<>();
        if (differs != null) {
            out.add("Case( " + differs + " )");
        }
        if (bool != null) {
            out.add("Case( !" + bool + " )");
        }
        if (notIn != null) {
            out.add("Case( " + notIn + " )");
        }
        return out.isEmpty() ? "Case( … )" : join(out);
    }

    /** {@code Case( someBool, someNumber < 72 )}: two conditions in one pattern. */
    String both() {
        List<String> two = new ArrayList<>();
        for (String e : new String[]{bool, number, compare}) {
            if (e != null && two.size() < 2) {
                two.add(e);
            }
        }
        return "Case( " + (two.isEmpty() ? "…" : String.join(", ", two)) + " )";
    }

    private String first() {
        return compare != null ? compare : number != null ? number : bool;
    }

    private static String as(String... examples) {
        List<String> out = new ArrayList<>();
        for (String e : examples) {
            if (e != null) {
                out.add(e);
            }
        }
        return out.isEmpty() ? "" : ", as " + join(out);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
