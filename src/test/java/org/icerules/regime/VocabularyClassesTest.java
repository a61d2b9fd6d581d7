package org.icerules.regime;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.FactValue;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.VocabularyDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The classes generated from a vocabulary: typed, matched by DRL as written today, one set per vocabulary hash. */
class VocabularyClassesTest {
    @TempDir
    Path tmp;
    private String previous;

    @BeforeEach
    void ownCache() {
        previous = System.getProperty(RuleBaseCache.PROPERTY);
        System.setProperty(RuleBaseCache.PROPERTY, tmp.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(RuleBaseCache.PROPERTY);
        } else {
            System.setProperty(RuleBaseCache.PROPERTY, previous);
        }
    }

    private static VocabularyDefinition projects() {
        return VocabularyReader.load(Path.of("rules"));
    }

    /** The vocabulary's facts at their defaults, with some set by name (wire values). */
    private static Case with(Vocabulary v, LocalDate date, String... nameValue) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            FactSpec f = v.byName(nameValue[i]);
            String wire = nameValue[i + 1];
            values.put(f.name(), switch (f.type()) {
                case BOOL -> Boolean.parseBoolean(wire);
                case NUMBER -> Double.parseDouble(wire);
                case ENUM -> f.enumValue(wire).orElseThrow();
            });
        }
        return v.with(null, date, values);
    }

    @Test
    void everyFactIsATypedFieldAndEveryEnumValueAConstantWithItsWireName() throws Exception {
        VocabularyDefinition definition = projects();
        VocabularyClasses classes = VocabularyClasses.of(definition);
        Class<?> c = classes.caseClass();
        assertThat(c.getName()).isEqualTo("icerules.vocabulary.Case");
        assertThat(c.getDeclaredField("hoursUntilRelease").getType()).isEqualTo(double.class);
        assertThat(c.getDeclaredField("advisedOfRights").getType()).isEqualTo(boolean.class);
        assertThat(c.getMethod("isAdvisedOfRights").getReturnType()).isEqualTo(boolean.class);
        Class<?> detainer = classes.enumType("detainer");
        assertThat(c.getMethod("getDetainer").getReturnType()).isEqualTo(detainer);
        assertThat(detainer.getName()).isEqualTo("icerules.vocabulary.Detainer");
        assertThat(Arrays.stream(detainer.getEnumConstants()).map(e -> ((Enum<?>) e).name()))
                .containsExactly("NONE", "I_247A");
        assertThat(Arrays.stream(detainer.getEnumConstants()).map(e -> ((FactValue) e).wire()))
                .containsExactly("none", "i-247a");
        for (FactDefinition f : definition.facts()) {
            if (f.type() == FactType.ENUM) {
                assertThat(Arrays.stream(classes.enumType(f.name()).getEnumConstants())
                        .map(e -> ((FactValue) e).wire())).as(f.name()).containsExactlyElementsOf(f.values());
            }
        }
    }

    @Test
    void aCaseReadsItsFactsByIndexAndKeepsTheBounds() {
        Vocabulary classes = VocabularyClasses.vocabulary(projects());
        LocalDate day = LocalDate.of(2018, 3, 19);
        Case c = with(classes, day, "hours-until-release", "12", "detainer", "i-247a");
        assertThat(c.get(classes.byName("hours-until-release").index())).isEqualTo(12.0);
        assertThat(((FactValue) c.get(classes.byName("detainer").index())).wire()).isEqualTo("i-247a");
        assertThat(c.size()).isEqualTo(classes.facts().size());
        assertThat(c.getClass()).isSameAs(VocabularyClasses.of(projects()).caseClass());
        assertThat(c.onOrAfter("2018-03-19")).isTrue();
        assertThat(c.before("2018-03-19")).isFalse();
        assertThat(c).isEqualTo(with(classes, day, "detainer", "i-247a", "hours-until-release", "12"))
                .hasSameHashCodeAs(with(classes, day, "detainer", "i-247a", "hours-until-release", "12"))
                .isNotEqualTo(with(classes, day, "hours-until-release", "12"));
        assertThatThrownBy(() -> with(classes, day, "hours-until-release", "-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hours-until-release must be a number >= 0 "
                        + "and <= 1000000");
    }

    @Test
    void aRuleWrittenAsTodayMatchesTheGeneratedCase() {
        Vocabulary classes = VocabularyClasses.vocabulary(projects());
        String drl = """
                package probe;
                import icerules.vocabulary.*;
                global java.util.List fired;
                rule "judicial warrant, soon, advised, after the fund opened"
                when
                    Case( warrant == Warrant.JUDICIAL, hoursUntilRelease < 48, advisedOfRights,
                          detainer != Detainer.I_247A, onOrAfter("2018-03-19") )
                then
                    fired.add("yes");
                end
                """;
        InternalKnowledgeBase kbase = DrlAgainst.ruleBase(drl, classes.caseLoader());
        LocalDate day = LocalDate.of(2019, 1, 1);
        assertThat(fires(kbase, with(classes, day, "warrant", "judicial", "hours-until-release", "12",
                "advised-of-rights", "true"))).isTrue();
        assertThat(fires(kbase, with(classes, day, "warrant", "judicial", "hours-until-release", "48",
                "advised-of-rights", "true"))).isFalse();
        assertThat(fires(kbase, with(classes, LocalDate.of(2018, 3, 18), "warrant", "judicial",
                "hours-until-release", "12", "advised-of-rights", "true"))).isFalse();
    }

    private static boolean fires(InternalKnowledgeBase kbase, Case c) {
        return !DrlAgainst.fired(kbase, c).isEmpty();
    }

    @Test
    void theClassesAreGeneratedOnLoadAndNothingIsWrittenToTheCacheFolder() {
        VocabularyDefinition wider = withExtraFact(projects(), "written-nowhere");
        VocabularyClasses classes = VocabularyClasses.of(wider);
        assertThat(Arrays.stream(classes.caseClass().getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .contains("writtenNowhere");
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    @Test
    void anEditedVocabularyNeverUsesTheStaleClasses() {
        VocabularyDefinition base = projects();
        VocabularyClasses before = VocabularyClasses.of(base);
        VocabularyClasses after = VocabularyClasses.of(withExtraFact(base));
        assertThat(after.hash()).isNotEqualTo(before.hash());
        assertThat(Arrays.stream(before.caseClass().getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .doesNotContain("bailPosted");
        assertThat(Arrays.stream(after.caseClass().getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .contains("bailPosted");
        // both live side by side in one JVM, each in its own loader
        assertThat(after.caseClass()).isNotSameAs(before.caseClass());
        assertThat(VocabularyClasses.of(base).caseClass()).isSameAs(before.caseClass());
        assertThat(VocabularyClasses.vocabulary(withExtraFact(base)).byName("bail-posted")).isNotNull();
        assertThat(VocabularyClasses.vocabulary(base).byName("bail-posted")).isNull();
    }

    private static VocabularyDefinition withExtraFact(VocabularyDefinition base) {
        return withExtraFact(base, "bail-posted");
    }

    private static VocabularyDefinition withExtraFact(VocabularyDefinition base, String name) {
        List<FactDefinition> facts = new ArrayList<>(base.facts());
        facts.add(new FactDefinition(name, FactType.BOOL, List.of(), null, null, "false", "Bail was posted",
                "Was bail posted?"));
        return new VocabularyDefinition(facts, base.actions());
    }
}
