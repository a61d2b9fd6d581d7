package org.icerules.regime;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.InputProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The DRL constructs outside a rule's conditions that the analysis cannot account for: in the
 * file (functions, globals, queries, declarations, imported functions and accumulates, and
 * imports that would fail the build once per rule) and
 * on a rule (attributes such as salience or date-effective, {@code extends}, a consequence
 * that does something). Each is refused at its place, saying what to write instead.
 */
final class DrlConstructs {
    private static final Set<String> ORDERING = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus");
    private static final Set<String> CLOCK = Set.of("date-effective", "date-expires", "timer", "duration",
            "calendars");

    private DrlConstructs() {
    }

    /** Problems with what the file declares besides rules. */
    static List<InputProblem> inFile(PackageDescr pkg, DrlText src, Vocabulary vocabulary) {
        List<InputProblem> out = new ArrayList<>();
        for (FunctionDescr f : pkg.getFunctions()) {
            out.add(problem(src, f, "function " + f.getName(), "a DRL function hides what a rule reads from the "
                    + "analysis (diff, check, explain and the verdict memo would be wrong): write its condition in "
                    + "the rule's Case( … ) pattern, as " + ConditionExamples.of(vocabulary).both()));
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            out.add(problem(src, g, "global " + g.getIdentifier(), "a global is state outside the case, which the "
                    + "analysis cannot see: a reading of unclear law is an interpretation switch declared in "
                    + "regime.yaml and tested as Reading( name == \"…\", value == \"…\" )"));
        }
        for (RuleDescr q : pkg.getRules()) {
            if (q instanceof QueryDescr) {
                out.add(problem(src, q, "query \"" + q.getName() + "\"", "a query concludes nothing: write a rule "
                        + "with @provision, @action and @status"));
            }
        }
        List<BaseDescr> declared = new ArrayList<>();
        declared.addAll(pkg.getTypeDeclarations());
        declared.addAll(pkg.getEnumDeclarations());
        declared.addAll(pkg.getEntryPointDeclarations());
        declared.addAll(pkg.getWindowDeclarations());
        for (BaseDescr d : declared) {
            out.add(problem(src, d, "declare", "a declared type or entry point is not part of a case, so the analysis "
                    + "cannot see it: rules read only Case( … ) and Reading( … ) (`list facts` shows the facts)"));
        }
        imports(pkg, src, out, vocabulary.caseLoader());
        pkg.getFunctionImports().forEach(i -> out.add(problem(src, i, "import function " + i.getTarget(),
                "an imported function hides what a rule reads from the analysis: write the condition in the "
                        + "rule's Case( … ) pattern")));
        pkg.getAccumulateImports().forEach(i -> out.add(problem(src, i, "import accumulate " + i.getTarget(),
                "an imported accumulate function hides what a rule reads from the analysis: write the condition "
                        + "in the rule's Case( … ) pattern")));
        return out;
    }

    /**
     * An import of a class that does not exist, and a file of rules that does not import the
     * vocabulary (Case and its enums; Reading comes with it), would each fail the build once for
     * every rule: say it once.
     */
    private static void imports(PackageDescr pkg, DrlText src, List<InputProblem> out, ClassLoader vocabulary) {
        String model = VocabularyBytecode.PACKAGE;
        boolean imported = model.equals(pkg.getName());
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (target.equals(model + ".*") || target.equals(VocabularyBytecode.CASE)) {
                imported = true;
            } else if (!target.endsWith(".*") && !isClass(target, vocabulary)) {
                int[] at = src.position(i);
                out.add(new InputProblem(src.file(), at[0], at[1], "import " + target, "there is no such class: "
                        + "rules need only import " + model + ".*;"));
            }
        }
        if (!imported && !pkg.getRules().isEmpty()) {
            out.add(new InputProblem(src.file(), 1, 1, null, "the rules match Case and Reading, which this file "
                    + "does not import: add import " + model + ".*; after the package line"));
        }
    }

    private static boolean isClass(String name, ClassLoader vocabulary) {
        try {
            Class.forName(name, false, vocabulary);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The first thing on a rule, outside its conditions, that the analysis cannot account for. */
    static Refused onRule(RuleDescr r, DrlText src) {
        if (r.getParentName() != null) {
            return new Refused(src.position(r), "'extends \"" + r.getParentName() + "\"' hides the conditions it "
                    + "inherits from the analysis: write them in this rule");
        }
        for (AttributeDescr a : r.getAttributes().values()) {
            String name = a.getName();
            String why = ORDERING.contains(name)
                    ? "orders or groups rules, which the analysis cannot see: every rule that matches fires, and "
                    + "precedence is written as @overrides(\"…\") on the exception"
                    : CLOCK.contains(name)
                    ? "makes the rule depend on the clock, which the analysis cannot see: compare the case's date, "
                    + "as Case( onOrAfter(\"YYYY-MM-DD\") )"
                    : "cannot be analysed: remove it; a rule is its metadata and its conditions, and every rule "
                    + "that matches fires";
            return new Refused(attributeAt(a, src), "rule attribute '" + name + "' " + why);
        }
        Object consequence = r.getConsequence();
        if (consequence instanceof String code) {
            List<DrlText.Tok> tokens = DrlText.tokens(code, 1, 1, 0);
            if (!tokens.isEmpty()) {
                return new Refused(consequenceStart(r, src, tokens.get(0)), "the consequence (then … end) must "
                        + "stay empty: a rule concludes through @status and @note, and code there could change the "
                        + "facts behind the analysis's back");
            }
        }
        return null;
    }

    /** Where an attribute's name is: Drools records where its value is. */
    private static int[] attributeAt(AttributeDescr a, DrlText src) {
        int value = a.getStartCharacter();
        int line = src.lineStart(a.getLine());
        int at = value < 0 ? -1 : src.text().lastIndexOf(a.getName(), value);
        return at >= 0 && at >= line ? src.position(at) : src.position(a);
    }

    /** Where the first token of a consequence is in the file: Drools records only the line of its 'then'. */
    private static int[] consequenceStart(RuleDescr r, DrlText src, DrlText.Tok first) {
        int then = src.lineStart(r.getConsequenceLine());
        int at = then < 0 ? -1 : src.text().indexOf(first.text(), then + "then".length());
        return at >= 0 ? src.position(at) : src.position(r);
    }

    private static InputProblem problem(DrlText src, BaseDescr d, String key, String message) {
        int[] at = src.position(d);
        return new InputProblem(src.file(), at[0], at[1], key, "cannot be analysed: " + message);
    }
}
