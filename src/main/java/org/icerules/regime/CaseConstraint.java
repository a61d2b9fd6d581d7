package org.icerules.regime;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.yaml.DidYouMean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads one constraint of a {@code Case( … )} pattern, as Drools' expression parser built it
 * ({@code &&}, {@code ||}, parentheses, {@code in} and {@code not in} already turned into
 * connectives of comparisons), into the facts, thresholds and days it reads. A condition is a
 * bool fact alone or negated, a fact compared with a constant of its type (either way round),
 * or a day predicate with a literal day; anything else is refused, naming what was written
 * and what to write instead.
 */
final class CaseConstraint {
    static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    static final String DATE_ONLY = "compare the case's date only as onOrAfter(\"YYYY-MM-DD\"), onOrBefore(…), "
            + "before(…) or after(…) with a literal day, so the analysis sees the day it turns on";

    private final Conditions into;
    private final ConstraintPlace place;
    private final Set<String> functions;
    private final Vocabulary vocabulary;
    private final String factAndConstant;
    private final ConditionExamples examples;

    /** @param functions the DRL functions the file declares, to name them when a condition calls one */
    CaseConstraint(Conditions into, ConstraintPlace place, Set<String> functions, Vocabulary vocabulary,
                   ConditionExamples examples) {
        this.vocabulary = vocabulary;
        this.factAndConstant = examples.factAndConstant();
        this.examples = examples;
        this.into = into;
        this.place = place;
        this.functions = functions;
    }

    void read(BaseDescr d) throws Refused {
        if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr child : c.getDescrs()) {
                read(child);
            }
        } else if (d instanceof RelationalExprDescr r) {
            comparison(r);
        } else if (d instanceof AtomicExprDescr a) {
            alone(Operand.of(a.getExpression()));
        } else if (d instanceof BindingDescr b) {
            throw new Refused(place.whole(), "binding '" + b.getVariable() + "' cannot be analysed: bindings link "
                    + "patterns, which the analysis does not follow; " + factAndConstant);
        } else {
            throw new Refused(place.whole(), "'" + d + "' cannot be analysed: " + factAndConstant);
        }
    }

    /** A condition on its own: a bool fact, negated or not, or a day predicate. */
    private void alone(Operand o) throws Refused {
        int at = place.locate(o);
        refuseIfUnreadable(o, at);
        switch (o.kind()) {
            case NAME -> {
                FactSpec f = fact(o, at);
                if (f.type() != FactType.BOOL) {
                    throw new Refused(place.at(at), f.field() + " alone is not a condition: " + compareAdvice(f));
                }
                into.fact(f);
            }
            case DAY -> {
                try {
                    into.day(LocalDate.parse(o.string()));
                } catch (DateTimeParseException e) {
                    throw new Refused(place.at(at), "'" + o.string() + "' is not an ISO date (YYYY-MM-DD) in "
                            + o.name() + "(…)");
                }
            }
            case QUALIFIED -> {
                fieldAccess(o, at);
                throw new Refused(place.at(at), "the constant '" + o.text() + "' alone is not a condition: "
                        + factAndConstant);
            }
            default -> throw new Refused(place.at(at), "the constant '" + o.text() + "' alone is not a condition: "
                    + factAndConstant);
        }
    }

    /** A fact compared with a constant, either way round. */
    private void comparison(RelationalExprDescr r) throws Refused {
        if (!(r.getLeft() instanceof AtomicExprDescr left) || !(r.getRight() instanceof AtomicExprDescr right)) {
            throw new Refused(place.whole(), "'" + r + "' cannot be analysed: " + factAndConstant);
        }
        Operand l = Operand.of(left.getExpression());
        int lAt = place.locate(l);
        Operand rt = Operand.of(right.getExpression());
        int rAt = place.locate(rt);
        refuseIfUnreadable(l, lAt);
        refuseIfUnreadable(rt, rAt);
        String op = r.getOperator();
        if (l.kind() == Operand.Kind.DAY || rt.kind() == Operand.Kind.DAY) {
            Operand day = l.kind() == Operand.Kind.DAY ? l : rt;
            throw new Refused(place.at(day == l ? lAt : rAt), "write the day predicate on its own, as "
                    + day.name() + "(\"…\") or !" + day.name() + "(\"…\"), not compared with something");
        }
        FactSpec lf = l.kind() == Operand.Kind.NAME ? knownFact(l, lAt) : fieldAccess(l, lAt);
        FactSpec rf = rt.kind() == Operand.Kind.NAME ? knownFact(rt, rAt) : fieldAccess(rt, rAt);
        if (!COMPARISONS.contains(op)) {
            throw new Refused(place.at(lAt), "operator '" + op + "' cannot be analysed: compare a fact with a "
                    + "constant using ==, !=, <, <=, >, >=, in ( … ) or not in ( … )");
        }
        if (lf != null && rf != null) {
            throw new Refused(place.at(lAt), "'" + l.text() + " " + op + " " + rt.text() + "' compares two facts: "
                    + factAndConstant);
        }
        if (lf == null && rf == null) {
            if (l.kind() == Operand.Kind.NAME || rt.kind() == Operand.Kind.NAME) {
                fact(l.kind() == Operand.Kind.NAME ? l : rt, l.kind() == Operand.Kind.NAME ? lAt : rAt);
            }
            throw new Refused(place.at(lAt), "'" + l.text() + " " + op + " " + rt.text() + "' compares no fact of "
                    + "the case: " + factAndConstant);
        }
        FactSpec f = lf != null ? lf : rf;
        Operand fact = lf != null ? l : rt;
        Operand constant = lf != null ? rt : l;
        int constantAt = lf != null ? rAt : lAt;
        if (fact.negated()) {
            throw new Refused(place.at(lf != null ? lAt : rAt), "'" + fact.text() + "' is negated inside a "
                    + "comparison: compare " + f.field() + " itself, and negate the comparison if need be");
        }
        switch (f.type()) {
            case BOOL -> {
                if (constant.kind() != Operand.Kind.BOOLEAN || !(op.equals("==") || op.equals("!="))) {
                    throw new Refused(place.at(constantAt), f.field() + " is true or false: write it alone, as Case( "
                            + f.field() + " ), or negated, as Case( !" + f.field() + " )");
                }
                into.fact(f);
            }
            case ENUM -> {
                if (!(op.equals("==") || op.equals("!="))) {
                    throw new Refused(place.at(lAt), f.field() + " is compared with '" + op + "': " + compareAdvice(f));
                }
                enumConstant(f, constant, constantAt);
                into.fact(f);
            }
            case NUMBER -> {
                if (constant.kind() != Operand.Kind.NUMBER) {
                    throw new Refused(place.at(constantAt), numberAdvice(f));
                }
                into.number(f, constant.number());
            }
        }
    }

    /** The fact a name stands for, or null for a name that is none (the date is refused). */
    private FactSpec knownFact(Operand o, int at) throws Refused {
        if (o.name().equals("date")) {
            throw new Refused(place.at(at), "'" + o.text() + "' reads the case's date: " + DATE_ONLY);
        }
        return vocabulary.byField(o.name());
    }

    /** The fact a name stands for; the date, or a name that is no fact, is refused. */
    private FactSpec fact(Operand o, int at) throws Refused {
        FactSpec f = knownFact(o, at);
        if (f == null) {
            List<String> fields = vocabulary.facts().stream().map(FactSpec::field).toList();
            throw new Refused(place.nameOf(o, at), "unknown fact '" + o.name() + "' in Case( … )"
                    + DidYouMean.hint(o.name(), fields) + "; allowed: " + String.join(", ", fields));
        }
        return f;
    }

    /**
     * A dotted name that reaches into the case ({@code this.actor}, {@code actor.name}, {@code date.year})
     * is refused; any other is taken for a constant (null is returned).
     */
    private FactSpec fieldAccess(Operand o, int at) throws Refused {
        if (o.kind() != Operand.Kind.QUALIFIED) {
            return null;
        }
        String head = o.names().get(0);
        if (head.equals("date")) {
            throw new Refused(place.at(at), "'" + o.text() + "' reads the case's date: " + DATE_ONLY);
        }
        if (head.equals("this")) {
            throw new Refused(place.at(at), "field access '" + o.text() + "' cannot be analysed: name the fact "
                    + "itself, as " + o.name());
        }
        if (vocabulary.byField(head) != null) {
            throw new Refused(place.at(at), "field access '" + o.text() + "' reaches inside the fact " + head
                    + ", which the analysis cannot follow: " + compareAdvice(vocabulary.byField(head)));
        }
        return null;
    }

    /** {@code Type.CONSTANT} of the fact's own enum, with a known constant. */
    private void enumConstant(FactSpec f, Operand c, int at) throws Refused {
        Class<?> type = f.javaType();
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        if (c.kind() == Operand.Kind.NAME && constants.contains(c.name())) {
            throw new Refused(place.at(at), "write the constant with its type, as " + type.getSimpleName() + "."
                    + c.name());
        }
        if (c.kind() != Operand.Kind.QUALIFIED) {
            throw new Refused(place.at(at), f.field() + " takes a " + type.getSimpleName() + " constant, not '"
                    + c.text() + "': " + compareAdvice(f));
        }
        String qualifier = c.qualifier();
        if (!qualifier.equals(type.getSimpleName()) && !qualifier.equals(type.getName())) {
            List<String> allowed = constants.stream().map(k -> type.getSimpleName() + "." + k).toList();
            throw new Refused(place.at(at), f.field() + " takes a " + type.getSimpleName() + " constant, not '"
                    + c.text() + "'" + DidYouMean.hint(c.text(), allowed) + "; allowed: " + String.join(", ", allowed));
        }
        if (!constants.contains(c.name())) {
            throw new Refused(place.nameOf(c, at), "unknown value '" + c.name() + "' of " + type.getSimpleName()
                    + DidYouMean.hint(c.name(), constants) + "; allowed: " + String.join(", ", constants));
        }
    }

    /** Refuses a call, arithmetic, variable or other expression, saying what it was and what to write. */
    private void refuseIfUnreadable(Operand o, int at) throws Refused {
        if (!o.isRefused()) {
            return;
        }
        int[] where = place.at(at);
        if (o.names().contains("date") || (o.kind() == Operand.Kind.CALL && Operand.DAY_PREDICATES.contains(o.name()))) {
            throw new Refused(where, "'" + o.text() + "' reads the case's date: " + DATE_ONLY);
        }
        switch (o.kind()) {
            case VARIABLE -> throw new Refused(where, "variable '" + o.text() + "' cannot be analysed: bindings link "
                    + "patterns, which the analysis does not follow; " + factAndConstant);
            case CALL -> throw new Refused(where, functions.contains(o.name())
                    ? "'" + o.text() + "' calls the DRL function '" + o.name() + "', which the analysis cannot see "
                    + "into: write its condition in the pattern itself, as " + examples.both()
                    : "method call '" + o.text() + "' cannot be analysed: the only calls a condition may make are the "
                    + "day predicates onOrAfter(\"YYYY-MM-DD\"), onOrBefore, before and after; " + factAndConstant);
            case ARITHMETIC -> {
                FactSpec number = o.names().stream().map(vocabulary::byField)
                        .filter(f -> f != null && f.type() == FactType.NUMBER).findFirst().orElse(null);
                throw new Refused(where, "arithmetic '" + o.text() + "' cannot be analysed: "
                        + (number != null ? numberAdvice(number) : factAndConstant));
            }
            default -> throw new Refused(where, "'" + o.text() + "' cannot be analysed: " + factAndConstant);
        }
    }

    static String numberAdvice(FactSpec f) {
        return "compare " + f.name() + " with a number, as " + f.field() + " < 48 or 48 > " + f.field()
                + ": the analysis cuts it at those constants";
    }

    private static String compareAdvice(FactSpec f) {
        if (f.type() == FactType.NUMBER) {
            return numberAdvice(f);
        }
        if (f.type() == FactType.BOOL) {
            return "write it alone, as Case( " + f.field() + " ), or negated, as Case( !" + f.field() + " )";
        }
        Object[] values = f.javaType().getEnumConstants();
        String type = f.javaType().getSimpleName();
        String one = type + "." + ((Enum<?>) values[values.length - 1]).name();
        return "compare it with a constant, as " + f.field() + " == " + one + " or " + f.field() + " in (" + one + ", …)";
    }
}
