package org.icerules.regime;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.Reading;
import org.icerules.model.law.SwitchSpec;
import org.icerules.yaml.DidYouMean;

import java.util.List;
import java.util.Set;

/**
 * Reads the conditions of one rule from Drools' own parse: the rule's condition elements
 * ({@code RuleDescr.getLhs()}), its patterns, and each constraint as Drools' DRL expression
 * parser reads it. Only {@code Case( … )} and {@code Reading( … )} patterns, joined by
 * {@code and}/{@code or}, can be analysed; anything else is {@link Refused} at its place with
 * what to write instead.
 */
final class ConditionReader {
    private static final String ONLY_CASE_AND_READINGS = "a rule matches only the one Case( … ) and the Reading( … ) "
            + "of each switch; write the condition in those patterns";

    private final DrlText src;
    private final Set<String> functions;
    private final List<SwitchSpec> switches; // null: not checked
    private final Vocabulary vocabulary;
    private final ConditionExamples examples;

    ConditionReader(DrlText src, Set<String> functions, List<SwitchSpec> switches, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.examples = ConditionExamples.of(vocabulary);
        this.src = src;
        this.functions = functions;
        this.switches = switches;
    }

    Conditions read(AndDescr lhs) throws Refused {
        Conditions into = new Conditions();
        walk(lhs, into);
        return into;
    }

    private void walk(BaseDescr d, Conditions into) throws Refused {
        if (d instanceof AndDescr || d instanceof OrDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                walk(child, into);
            }
        } else if (d instanceof PatternDescr p) {
            pattern(p, into);
        } else {
            throw new Refused(src.position(d), refusal(d));
        }
    }

    /** Why a condition element other than a pattern, {@code and} or {@code or} is refused. */
    private String refusal(BaseDescr d) {
        if (d instanceof NotDescr) {
            return "'not' cannot be analysed: write the opposite condition inside the pattern, as "
                    + examples.opposites();
        }
        if (d instanceof ExistsDescr) {
            return "'exists' cannot be analysed: a case is one Case, so write the pattern itself, as Case( … )";
        }
        if (d instanceof ForallDescr) {
            return "'forall' cannot be analysed: write the condition inside the pattern, as Case( … )";
        }
        if (d instanceof EvalDescr) {
            return "eval( … ) runs code the analysis cannot see into: write the condition in the Case( … ) "
                    + "pattern, as " + examples.numberInCase();
        }
        if (d instanceof NamedConsequenceDescr || d instanceof ConditionalBranchDescr) {
            return "named consequences (do[…], if ( … ) do[…]) cannot be analysed: a rule concludes only "
                    + "through its @status and @note";
        }
        return "'" + d + "' cannot be analysed: " + ONLY_CASE_AND_READINGS;
    }

    private void pattern(PatternDescr p, Conditions into) throws Refused {
        int[] at = src.position(p);
        PatternSourceDescr source = p.getSource();
        if (source != null) {
            int[] from = source.getLine() > 0 ? src.position(source) : at;
            throw new Refused(from, sourceName(source) + " brings in facts the analysis cannot see: "
                    + ONLY_CASE_AND_READINGS);
        }
        if (p.getIdentifier() != null) {
            throw new Refused(at, "binding '" + p.getIdentifier() + "' cannot be analysed: bindings link patterns, "
                    + "which the analysis does not follow; write each condition against a constant inside Case( … )");
        }
        if (!p.getBehaviors().isEmpty()) {
            throw new Refused(at, "'over window' cannot be analysed: " + ONLY_CASE_AND_READINGS);
        }
        String type = p.getObjectType();
        boolean isCase = type.equals(Case.class.getSimpleName()) || type.equals(VocabularyBytecode.CASE);
        boolean isReading = type.equals(Reading.class.getSimpleName()) || type.equals(Reading.class.getName());
        if (!isCase && !isReading) {
            throw new Refused(at, "'" + type + "' cannot be matched" + DidYouMean.hint(type, List.of("Case", "Reading"))
                    + ": " + ONLY_CASE_AND_READINGS);
        }
        ReadingConstraint reading = isReading ? new ReadingConstraint(at) : null;
        for (BaseDescr c : p.getDescrs()) {
            if (!(c instanceof ExprConstraintDescr ec)) {
                throw new Refused(src.position(c), "'" + c + "' cannot be analysed: " + ONLY_CASE_AND_READINGS);
            }
            ConstraintPlace place = new ConstraintPlace(src, ec);
            if (ec.getType() == ExprConstraintDescr.Type.POSITIONAL) {
                throw new Refused(place.whole(), "positional constraint '" + ec.getExpression() + "' cannot be "
                        + "analysed: name the fact, as " + examples.inCase());
            }
            ConstraintConnectiveDescr tree = parse(ec, place);
            if (isCase) {
                new CaseConstraint(into, place, functions, vocabulary, examples).read(tree);
            } else {
                reading.read(tree, place);
            }
        }
        if (reading != null) {
            reading.finish(into, switches);
        }
    }

    /** The constraint as Drools' DRL expression parser reads it. */
    private ConstraintConnectiveDescr parse(ExprConstraintDescr ec, ConstraintPlace place) throws Refused {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(ec.getExpression());
        if (parser.hasErrors() || tree == null || tree.getDescrs().isEmpty()) {
            String why = parser.hasErrors() ? ": " + parser.getErrors().get(0).getMessage() : "";
            throw new Refused(place.whole(), "'" + ec.getExpression() + "' cannot be analysed" + why + "; "
                    + examples.oneComparison());
        }
        return tree;
    }

    private static String sourceName(PatternSourceDescr source) {
        if (source instanceof GroupByDescr) {
            return "'groupby'";
        }
        if (source instanceof AccumulateDescr) {
            return "'accumulate'";
        }
        if (source instanceof CollectDescr) {
            return "'collect'";
        }
        if (source instanceof EntryPointDescr) {
            return "'from entry-point'";
        }
        if (source instanceof WindowReferenceDescr) {
            return "'from window'";
        }
        return source instanceof FromDescr ? "'from'" : "'" + source + "'";
    }
}
