package org.icerules.regime;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.icerules.model.facts.ActionDefinition;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.FactValue;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.VocabularyDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The classes written as bytecode from a small vocabulary of every kind of fact (an enum, numbers
 * with both, one, or no bounds, a bool): they behave as the Java source they replace did, a rule
 * compiled against them matches, and the same vocabulary always gives the same bytes.
 */
class VocabularyBytecodeTest {
    private static final LocalDate DAY = LocalDate.of(2020, 1, 2);
    /** The modifiers Java source spells (reflection adds the class file's ENUM and SYNTHETIC bits). */
    private static final int ACCESS = Modifier.PUBLIC | Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL;

    private static VocabularyDefinition sample() {
        return new VocabularyDefinition(List.of(
                new FactDefinition("alert-level", FactType.ENUM, List.of("low", "mid-high", "form-9x"), null, null, "low",
                        "Alert level", "Which level?"),
                new FactDefinition("count", FactType.NUMBER, List.of(), 0.0, 10.0, "1", "Count", "How many?"),
                new FactDefinition("above", FactType.NUMBER, List.of(), -2.5, null, "0", "Above", "How far above?"),
                new FactDefinition("below", FactType.NUMBER, List.of(), null, 100.0, "0", "Below", "How far below?"),
                new FactDefinition("free", FactType.NUMBER, List.of(), null, null, "0", "Free", "How much?"),
                new FactDefinition("urgent", FactType.BOOL, List.of(), null, null, "false", "Urgent", "Urgent?")),
                List.of(new ActionDefinition("act", "act on it")));
    }

    private static final Vocabulary SAMPLE = VocabularyClasses.vocabulary(sample());

    private static Object level(String wire) {
        return SAMPLE.byName("alert-level").enumValue(wire).orElseThrow();
    }

    /** A case of the sample vocabulary: facts not given keep their defaults. */
    private static Case of(LocalDate date, Object... nameValue) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put((String) nameValue[i], nameValue[i + 1]);
        }
        return SAMPLE.with(null, date, values);
    }

    private static Case full() {
        return of(DAY, "alert-level", level("mid-high"), "count", 3.0, "above", -2.5, "below", 100.0, "free", 1.5,
                "urgent", true);
    }

    @Test
    void gettersReturnEachFactTyped() throws Exception {
        Case c = full();
        Class<?> type = c.getClass();
        assertThat(type.getName()).isEqualTo("icerules.vocabulary.Case");
        assertThat(type.getSuperclass()).isEqualTo(Case.class);
        assertThat(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers())).isTrue();
        assertThat(type.getMethod("getAlertLevel").invoke(c)).isSameAs(level("mid-high"));
        assertThat(type.getMethod("getCount").getReturnType()).isEqualTo(double.class);
        assertThat(type.getMethod("getCount").invoke(c)).isEqualTo(3.0);
        assertThat(type.getMethod("getAbove").invoke(c)).isEqualTo(-2.5);
        assertThat(type.getMethod("isUrgent").invoke(c)).isEqualTo(true);
        for (Field f : type.getDeclaredFields()) {
            assertThat(f.getModifiers()).as(f.getName()).isEqualTo(Modifier.PRIVATE | Modifier.FINAL);
        }
        assertThat(Arrays.stream(type.getDeclaredFields()).map(Field::getName))
                .containsExactly("alertLevel", "count", "above", "below", "free", "urgent");
        assertThat(type.getConstructor(Vocabulary.class, Object[].class, LocalDate.class)).isNotNull();
    }

    @Test
    void eachNumberKeepsItsBoundsWithTheMessagesOfBefore() {
        assertThat(of(DAY, "count", 0.0, "above", -2.5, "below", 100.0).get(1)).isEqualTo(0.0);
        assertThat(of(DAY, "count", 10.0).get(1)).isEqualTo(10.0);
        assertThatThrownBy(() -> of(DAY, "count", -0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be a number >= 0 and <= 10");
        assertThatThrownBy(() -> of(DAY, "count", 10.5)).hasMessage("count must be a number >= 0 and <= 10");
        assertThatThrownBy(() -> of(DAY, "count", Double.NaN)).hasMessage("count must be a number >= 0 and <= 10");
        assertThatThrownBy(() -> of(DAY, "above", -3.0)).hasMessage("above must be a number >= -2.5");
        assertThat(of(DAY, "above", 1e300).get(2)).isEqualTo(1e300);
        assertThatThrownBy(() -> of(DAY, "below", 100.25)).hasMessage("below must be a number <= 100");
        assertThat(of(DAY, "below", -1e300).get(3)).isEqualTo(-1e300);
        assertThatThrownBy(() -> of(DAY, "free", Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("free must be a number");
        assertThat(of(DAY, "free", Double.NEGATIVE_INFINITY).get(4)).isEqualTo(Double.NEGATIVE_INFINITY);
        // any Number is taken as its double; an enum fact is never null; a bool must be a Boolean
        assertThat(of(DAY, "count", 7).get(1)).isEqualTo(7.0);
        assertThatThrownBy(() -> of(DAY, "alert-level", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("alert-level");
        assertThatThrownBy(() -> of(DAY, "urgent", "yes")).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> of(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("date is required");
    }

    @Test
    void getReadsEachFactBoxedInVocabularyOrderAndSizeCountsThem() {
        Case c = full();
        assertThat(c.size()).isEqualTo(6);
        assertThat(c.get(0)).isSameAs(level("mid-high"));
        assertThat(c.get(1)).isInstanceOf(Double.class).isEqualTo(3.0);
        assertThat(c.get(4)).isEqualTo(1.5);
        assertThat(c.get(5)).isSameAs(Boolean.TRUE);
        assertThatThrownBy(() -> c.get(6)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Index out of range: 6");
        assertThatThrownBy(() -> c.get(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Index out of range: -1");
    }

    @Test
    void equalsHashCodeAndToStringFollowTheDateAndEveryFact() {
        Case c = full();
        assertThat(c).isEqualTo(full()).isNotSameAs(full());
        assertThat(c.hashCode()).isEqualTo(full().hashCode());
        int h = DAY.hashCode();
        h = 31 * h + level("mid-high").hashCode();
        for (double d : new double[] {3.0, -2.5, 100.0, 1.5}) {
            h = 31 * h + Double.hashCode(d);
        }
        h = 31 * h + Boolean.hashCode(true);
        assertThat(c.hashCode()).isEqualTo(h);
        assertThat(c.toString()).isEqualTo(
                "Case[alertLevel=MID_HIGH, count=3.0, above=-2.5, below=100.0, free=1.5, urgent=true, date=2020-01-02]");
        assertThat(c.equals(null)).isFalse();
        assertThat(c.equals("Case")).isFalse();
        assertThat(c).isNotEqualTo(c.with(DAY.plusDays(1), Map.of()));
        for (Map.Entry<String, Object> other : Map.<String, Object>of("alert-level", level("form-9x"), "count", 4.0,
                "above", 0.0, "below", 99.0, "free", 1.25, "urgent", false).entrySet()) {
            assertThat(c).as(other.getKey()).isNotEqualTo(c.with(null, Map.of(other.getKey(), other.getValue())));
        }
        // numbers compare as Double.compare does: 0.0 and -0.0 differ, NaN is refused before
        assertThat(of(DAY, "free", 0.0)).isNotEqualTo(of(DAY, "free", -0.0)).isEqualTo(of(DAY, "free", 0.0));
        assertThat(of(DAY).toString()).isEqualTo(
                "Case[alertLevel=LOW, count=1.0, above=0.0, below=0.0, free=0.0, urgent=false, date=2020-01-02]");
    }

    @Test
    void eachEnumIsAJavaEnumOfItsValuesInOrder() throws Exception {
        Class<?> type = SAMPLE.byName("alert-level").javaType();
        assertThat(type.getName()).isEqualTo("icerules.vocabulary.AlertLevel");
        assertThat(type.isEnum()).isTrue();
        assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers())).isTrue();
        assertThat(type.getInterfaces()).containsExactly(FactValue.class);
        ParameterizedType parent = (ParameterizedType) type.getGenericSuperclass();
        assertThat(parent.getRawType()).isEqualTo(Enum.class);
        assertThat(parent.getActualTypeArguments()).containsExactly(type);
        Object[] values = (Object[]) type.getMethod("values").invoke(null);
        assertThat(Arrays.stream(values).map(v -> ((Enum<?>) v).name())).containsExactly("LOW", "MID_HIGH", "FORM_9X");
        assertThat(Arrays.stream(values).map(v -> ((Enum<?>) v).ordinal())).containsExactly(0, 1, 2);
        assertThat(Arrays.stream(values).map(v -> ((FactValue) v).wire())).containsExactly("low", "mid-high", "form-9x");
        assertThat(type.getMethod("values").invoke(null)).isNotSameAs(values).isEqualTo(values);
        Method valueOf = type.getMethod("valueOf", String.class);
        assertThat(valueOf.invoke(null, "FORM_9X")).isSameAs(values[2]).isSameAs(level("form-9x"));
        assertThatThrownBy(() -> valueOf.invoke(null, "form-9x")).hasCauseInstanceOf(IllegalArgumentException.class);
        for (String constant : List.of("LOW", "MID_HIGH", "FORM_9X")) {
            Field f = type.getField(constant);
            assertThat(f.isEnumConstant()).isTrue();
            assertThat(f.getModifiers() & ACCESS).isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
        }
        Field all = type.getDeclaredField("$VALUES");
        assertThat(all.isSynthetic()).isTrue();
        assertThat(all.getModifiers() & ACCESS).isEqualTo(Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL);
        assertThat(type.getDeclaredConstructors()).singleElement()
                .satisfies(c -> assertThat(Modifier.isPrivate(c.getModifiers())).isTrue());
        assertThat(Enum.valueOf(type.asSubclass(Enum.class), "LOW")).isSameAs(values[0]);
    }

    @Test
    void theSameVocabularyAlwaysGivesTheSameBytes() {
        Map<String, byte[]> first = VocabularyBytecode.of(sample());
        Map<String, byte[]> again = VocabularyBytecode.of(sample());
        assertThat(first.keySet()).containsExactly("icerules.vocabulary.Case", "icerules.vocabulary.CaseMaker",
                "icerules.vocabulary.AlertLevel");
        assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());
        for (String name : first.keySet()) {
            assertThat(again.get(name)).as(name).isEqualTo(first.get(name));
        }
        VocabularyDefinition project = VocabularyReader.load(java.nio.file.Path.of("rules"));
        Map<String, byte[]> projectBytes = VocabularyBytecode.of(project);
        Map<String, byte[]> reread = VocabularyBytecode.of(VocabularyReader.load(java.nio.file.Path.of("rules")));
        for (String name : projectBytes.keySet()) {
            assertThat(reread.get(name)).as(name).isEqualTo(projectBytes.get(name));
        }
        // and what differs in the vocabulary differs in the bytes
        List<FactDefinition> wider = new ArrayList<>(sample().facts());
        wider.set(1, new FactDefinition("count", FactType.NUMBER, List.of(), 0.0, 11.0, "1", "Count", "How many?"));
        assertThat(VocabularyBytecode.of(new VocabularyDefinition(wider, sample().actions())).get(
                "icerules.vocabulary.Case")).isNotEqualTo(first.get("icerules.vocabulary.Case"));
    }

    @Test
    void theLoaderServesTheClassFilesTheRuleCompilerReads() throws IOException {
        ClassLoader loader = SAMPLE.caseLoader();
        Map<String, byte[]> bytes = VocabularyBytecode.of(sample());
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            try (InputStream in = loader.getResourceAsStream(e.getKey().replace('.', '/') + ".class")) {
                assertThat(in).as(e.getKey()).isNotNull();
                assertThat(in.readAllBytes()).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void aRuleCompiledAgainstTheBytesMatchesAndItsConsequenceCallsThem() {
        String drl = """
                package probe;
                import icerules.vocabulary.*;
                global java.util.List fired;
                rule "mid-high, more than two, urgent"
                when
                    $c : Case( alertLevel == AlertLevel.MID_HIGH, count > 2, urgent, free != 0.5 )
                then
                    fired.add($c.getAlertLevel().wire() + " " + $c.getCount() + " " + AlertLevel.valueOf("LOW").ordinal()
                            + " " + AlertLevel.values().length);
                end
                """;
        InternalKnowledgeBase kbase = DrlAgainst.ruleBase(drl, SAMPLE.caseLoader());
        assertThat(fired(kbase, full())).containsExactly("mid-high 3.0 0 3");
        assertThat(fired(kbase, full().with(null, Map.of("count", 2.0)))).isEmpty();
        assertThat(fired(kbase, full().with(null, Map.of("urgent", false)))).isEmpty();
        assertThat(fired(kbase, full().with(null, Map.of("alert-level", level("low"))))).isEmpty();
        assertThat(fired(kbase, full().with(null, Map.of("free", 0.5)))).isEmpty();
    }

    private static List<String> fired(InternalKnowledgeBase kbase, Case c) {
        return DrlAgainst.fired(kbase, c);
    }
}
