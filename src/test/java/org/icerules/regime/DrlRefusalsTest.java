package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every DRL construct the analysis cannot account for is a load error at its file, line and
 * column, naming the construct and what to write instead — never a rule that loads and is
 * then silently misread by diff, check, explain, sweep and the verdict memo. One problem per
 * rule: nothing that only follows from the first.
 */
class DrlRefusalsTest {
    private static final String FILE = "rules/city/tiny/tiny.drl";
    /** In {@link RegimeLintTest#RULES}, line 14 is this condition of rule "Exception", at column 5. */
    private static final String CONDITION = "Case( warrant == Warrant.JUDICIAL )";
    /** What is appended after the rules starts on this line. */
    private static final int AFTER_RULES = 18;

    @TempDir
    Path root;

    private InputProblem refused(String drl) throws IOException {
        RegimeLintTest.tinyRules(root, RegimeLintTest.YAML, drl);
        Throwable t = catchThrowable(() -> RegimeCatalog.load(root.resolve("rules")));
        assertThat(t).as("the regime must not load").isInstanceOf(InputException.class);
        InputException e = (InputException) t;
        assertThat(e.problems()).as("one problem, no follow-on").hasSize(1);
        return e.problems().get(0);
    }

    private InputProblem condition(String condition) throws IOException {
        return refused(RegimeLintTest.RULES.replace(CONDITION, condition));
    }

    private static void at(InputProblem p, int line, int column, String... says) {
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).as(p.render()).isEqualTo(line);
        assertThat(p.column()).as(p.render()).isEqualTo(column);
        assertThat(p.message()).contains(says);
    }

    // --- in the file, outside rules

    @Test
    void aDrlFunction() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "function boolean urgent(Case c) { return c.requiredByLaw(); }\n");
        at(p, AFTER_RULES, 1, "a DRL function hides what a rule reads", "write its condition in the rule's Case( … ) pattern");
        assertThat(p.key()).isEqualTo("function urgent");
    }

    @Test
    void aGlobal() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "global java.util.List seen;\n");
        at(p, AFTER_RULES, 1, "a global is state outside the case", "interpretation switch declared in regime.yaml");
        assertThat(p.key()).isEqualTo("global seen");
    }

    @Test
    void aQuery() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "query \"held\"\n    Case( requiredByLaw )\nend\n");
        at(p, AFTER_RULES, 1, "a query concludes nothing", "write a rule with @provision, @action and @status");
    }

    @Test
    void aDeclaredType() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "declare Hold\n    hours : double\nend\n");
        at(p, AFTER_RULES, 9, "a declared type or entry point is not part of a case",
                "rules read only Case( … ) and Reading( … )");
    }

    @Test
    void anImportedFunction() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "import function org.icerules.model.facts.FactSchema.byName;\n");
        at(p, AFTER_RULES, 1, "an imported function hides what a rule reads", "write the condition in the rule's Case( … ) pattern");
    }

    @Test
    void anImportedAccumulate() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES + "import accumulate org.icerules.model.facts.Case total;\n");
        at(p, AFTER_RULES, 1, "an imported accumulate function hides what a rule reads");
    }

    // --- on a rule, outside its conditions

    @Test
    void salience() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES.replace("@overrides(\"ban\")", "@overrides(\"ban\")\n    salience 10"));
        at(p, 13, 5, "rule attribute 'salience' orders or groups rules",
                "precedence is written as @overrides(\"…\") on the exception");
    }

    @Test
    void aClockAttribute() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES.replace("@overrides(\"ban\")",
                "@overrides(\"ban\")\n    date-effective \"1-Jan-2020\""));
        at(p, 13, 5, "rule attribute 'date-effective' makes the rule depend on the clock",
                "Case( onOrAfter(\"YYYY-MM-DD\") )");
    }

    @Test
    void ruleInheritance() throws IOException {
        InputProblem p = refused(RegimeLintTest.RULES.replace("rule \"Exception\"", "rule \"Exception\" extends \"Ban\""));
        at(p, 11, 1, "'extends \"Ban\"' hides the conditions it inherits", "write them in this rule");
    }

    @Test
    void aConsequenceThatDoesSomething() throws IOException {
        String drl = RegimeLintTest.RULES.substring(0, RegimeLintTest.RULES.lastIndexOf("end"))
                + "    insert( new Reading(\"tiny.reading\", \"broad\") );\nend\n";
        at(refused(drl), 17, 5, "the consequence (then … end) must stay empty", "concludes through @status and @note");
    }

    // --- condition elements

    @Test
    void eval() throws IOException {
        at(condition("eval( true )"), 14, 5, "eval( … ) runs code the analysis cannot see into",
                "write the condition in the Case( … ) pattern");
    }

    @Test
    void not() throws IOException {
        at(condition("not Case( warrant == Warrant.JUDICIAL )"), 14, 5, "'not' cannot be analysed",
                "write the opposite condition inside the pattern", "Case( actor != Actor.POLICE_OFFICER )");
    }

    @Test
    void exists() throws IOException {
        at(condition("exists Case( warrant == Warrant.JUDICIAL )"), 14, 5, "'exists' cannot be analysed",
                "write the pattern itself");
    }

    @Test
    void forall() throws IOException {
        at(condition("forall( Case( warrant == Warrant.JUDICIAL ) )"), 14, 5, "'forall' cannot be analysed",
                "write the condition inside the pattern");
    }

    @Test
    void from() throws IOException {
        at(condition("Case( warrant == Warrant.JUDICIAL ) from java.util.List.of()"), 14, 5,
                "'from' brings in facts the analysis cannot see", "write the condition in those patterns");
    }

    @Test
    void accumulate() throws IOException {
        at(condition("Number() from accumulate( Case( requiredByLaw ), count( 1 ) )"), 14, 19,
                "'accumulate' brings in facts the analysis cannot see", "a rule matches only the one Case( … )");
    }

    @Test
    void collect() throws IOException {
        at(condition("java.util.List() from collect( Case( requiredByLaw ) )"), 14, 27,
                "'collect' brings in facts the analysis cannot see");
    }

    @Test
    void anEntryPoint() throws IOException {
        at(condition("Case( requiredByLaw ) from entry-point \"elsewhere\""), 14, 5, "'from entry-point' brings in facts");
    }

    @Test
    void aWindow() throws IOException {
        at(condition("Case( requiredByLaw ) over window:length( 2 )"), 14, 5, "'over window' cannot be analysed");
    }

    @Test
    void aNamedConsequence() throws IOException {
        String drl = RegimeLintTest.RULES.replace(CONDITION, "Case( requiredByLaw ) do[early]");
        drl = drl.substring(0, drl.lastIndexOf("end")) + "then[early]\nend\n";
        at(refused(drl), 14, 27, "named consequences (do[…], if ( … ) do[…]) cannot be analysed");
    }

    @Test
    void aPatternOtherThanCaseOrReading() throws IOException {
        at(condition("Verdict()"), 14, 5, "'Verdict' cannot be matched", "a rule matches only the one Case( … ) and the Reading( … )");
    }

    @Test
    void aPatternBinding() throws IOException {
        at(condition("$c : Case( warrant == Warrant.JUDICIAL )"), 14, 5, "binding '$c' cannot be analysed",
                "write each condition against a constant inside Case( … )");
    }

    @Test
    void aBindingUsedAcrossPatterns() throws IOException {
        at(condition("Case( $h : hoursUntilRelease ) Case( hoursUntilRelease > $h )"), 14, 11,
                "binding '$h' cannot be analysed", "bindings link patterns");
    }

    @Test
    void aPositionalConstraint() throws IOException {
        at(condition("Case( Actor.POLICE_OFFICER; )"), 14, 11, "positional constraint 'Actor.POLICE_OFFICER'",
                "name the fact, as Case( actor == Actor.POLICE_OFFICER )");
    }

    // --- inside Case( … )

    @Test
    void aMethodCall() throws IOException {
        at(condition("Case( actor.name() == \"POLICE_OFFICER\" )"), 14, 11, "method call 'actor.name()' cannot be analysed",
                "the only calls a condition may make are the day predicates");
    }

    @Test
    void fieldAccessOnSomethingElse() throws IOException {
        at(condition("Case( this.actor == Actor.POLICE_OFFICER )"), 14, 11, "field access 'this.actor'",
                "name the fact itself, as actor");
    }

    @Test
    void fieldAccessInsideAFact() throws IOException {
        at(condition("Case( warrant.judicial )"), 14, 11, "field access 'warrant.judicial' reaches inside the fact warrant",
                "warrant == Warrant.");
    }

    @Test
    void arithmeticOnANumber() throws IOException {
        at(condition("Case( hoursUntilRelease * 2 > 3 )"), 14, 11, "arithmetic 'hoursUntilRelease * 2' cannot be analysed",
                "compare hours-until-release with a number, as hoursUntilRelease < 48 or 48 > hoursUntilRelease");
    }

    @Test
    void aNumberAgainstAnotherFact() throws IOException {
        at(condition("Case( hoursUntilRelease > advisedOfRights )"), 14, 11, "compares two facts");
    }

    @Test
    void theDateOtherThanThroughThePredicates() throws IOException {
        at(condition("Case( date.getYear() > 2017 )"), 14, 11, "'date.getYear()' reads the case's date",
                "compare the case's date only as onOrAfter(\"YYYY-MM-DD\")");
    }

    @Test
    void theDateWithATemporalOperator() throws IOException {
        at(condition("Case( date after \"2017-01-01\" )"), 14, 11, "'date' reads the case's date",
                "compare the case's date only as onOrAfter");
    }

    @Test
    void aDayPredicateWithoutALiteralDay() throws IOException {
        at(condition("Case( onOrAfter(someDay) )"), 14, 11, "'onOrAfter(someDay)' reads the case's date",
                "with a literal day");
    }

    @Test
    void aDayThatIsNotAnIsoDate() throws IOException {
        at(condition("Case( onOrAfter(\"19 March 2018\") )"), 14, 11,
                "'19 March 2018' is not an ISO date (YYYY-MM-DD) in onOrAfter(…)");
    }

    @Test
    void aDayPredicateCompared() throws IOException {
        at(condition("Case( onOrAfter(\"2018-03-19\") == true )"), 14, 11, "write the day predicate on its own",
                "!onOrAfter(\"…\")");
    }

    @Test
    void anOperatorOtherThanAComparison() throws IOException {
        at(condition("Case( actor matches \"POLICE.*\" )"), 14, 11, "operator 'matches' cannot be analysed",
                "==, !=, <, <=, >, >=, in ( … ) or not in ( … )");
    }

    @Test
    void anEnumOrdered() throws IOException {
        at(condition("Case( actor < Actor.POLICE_OFFICER )"), 14, 11, "actor is compared with '<'",
                "compare it with a constant, as actor == Actor.");
    }

    @Test
    void anEnumAlone() throws IOException {
        at(condition("Case( actor )"), 14, 11, "actor alone is not a condition", "actor in (Actor.");
    }

    @Test
    void aBoolAgainstSomethingElse() throws IOException {
        at(condition("Case( requiredByLaw == 1 )"), 14, 28, "requiredByLaw is true or false",
                "write it alone, as Case( requiredByLaw ), or negated, as Case( !requiredByLaw )");
    }

    @Test
    void noFactCompared() throws IOException {
        at(condition("Case( 48 < 49 )"), 14, 11, "'48 < 49' compares no fact of the case");
    }

    @Test
    void nullAndThis() throws IOException {
        at(condition("Case( this != null )"), 14, 11, "'this' cannot be analysed",
                "a condition compares a fact of the case with a constant");
    }

    // --- inside Reading( … )

    @Test
    void aReadingWithoutItsSwitch() throws IOException {
        at(condition("Case() Reading( value == \"narrow\" )"), 14, 12,
                "a Reading pattern must name its switch: Reading( name == \"…\", value == \"…\" )");
    }

    @Test
    void aReadingNamingASwitchConditionally() throws IOException {
        at(condition("Reading( name == \"tiny.reading\" || value == \"narrow\" )"), 14, 14,
                "a Reading names exactly one switch");
    }

    @Test
    void aReadingComparedWithSomethingOtherThanText() throws IOException {
        at(condition("Reading( name == \"tiny.reading\", value == 3 )"), 14, 47,
                "Reading's value is compared with a quoted text");
    }

    @Test
    void onlyTheFirstProblemOfARuleIsReported() throws IOException {
        at(condition("Case( hoursUntilRelease * 2 > 3, helper(this), date.getYear() > 2017 ) eval( true )"), 14, 11,
                "arithmetic");
    }
}
