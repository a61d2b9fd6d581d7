package org.icerules.regime;

import org.icerules.model.facts.DrlNames;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.VocabularyDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java source a rule matches: a class {@code Case} with one typed field (and getter) per fact
 * and one enum per enum fact, generated from a {@link VocabularyDefinition}. Real fields, not a map, so
 * Drools reads them as fast as it read the hand-written record; the text is a pure function of
 * the vocabulary, so its hash keys the compiled classes.
 */
final class VocabularySource {
    /** The package a rule imports: {@code import icerules.vocabulary.*;}. */
    static final String PACKAGE = "icerules.vocabulary";
    /** Part of the classes' cache key: change it whenever the generated source changes shape. */
    static final String VERSION = "ice-rules vocabulary classes v1";
    static final String CASE = PACKAGE + ".Case";
    /** Makes cases without reflection: a method handle's first calls cost a cold start tens of milliseconds. */
    static final String MAKER = PACKAGE + ".CaseMaker";

    private VocabularySource() {
    }

    /** Class name → source, the case first. */
    static Map<String, String> of(VocabularyDefinition v) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(CASE, caseSource(v.facts()));
        out.put(MAKER, "package " + PACKAGE + ";\n\n/** Generated from the vocabulary: do not edit. */\n"
                + "public final class CaseMaker implements org.icerules.model.facts.Vocabulary.CaseMaker {\n"
                + "    @Override\n    public org.icerules.model.facts.Case make(org.icerules.model.facts.Vocabulary v, "
                + "Object[] values, java.time.LocalDate date) {\n        return new Case(v, values, date);\n    }\n}\n");
        for (FactDefinition f : v.facts()) {
            if (f.type() == FactType.ENUM) {
                out.put(PACKAGE + "." + f.typeName(), enumSource(f));
            }
        }
        return out;
    }

    private static String enumSource(FactDefinition f) {
        StringBuilder s = new StringBuilder("package " + PACKAGE + ";\n\n");
        s.append("/** Fact ").append(f.name()).append(". Generated from the vocabulary: do not edit. */\n");
        s.append("public enum ").append(f.typeName()).append(" implements org.icerules.model.facts.FactValue {\n    ");
        s.append(String.join(", ", f.values().stream().map(DrlNames::constant).toList()));
        s.append("\n}\n");
        return s.toString();
    }

    private static String caseSource(List<FactDefinition> facts) {
        StringBuilder s = new StringBuilder("package " + PACKAGE + ";\n\n");
        s.append("/** The facts of one case, as rules match them. Generated from the vocabulary: do not edit. */\n");
        s.append("public final class Case extends org.icerules.model.facts.Case {\n");
        for (FactDefinition f : facts) {
            s.append("    private final ").append(javaType(f)).append(' ').append(f.field()).append(";\n");
        }
        s.append("\n    /** The facts in vocabulary order, boxed; checked against each number's bounds. */\n");
        s.append("    public Case(org.icerules.model.facts.Vocabulary vocabulary, Object[] values, java.time.LocalDate date) {\n"
                + "        super(vocabulary, date);\n");
        for (int i = 0; i < facts.size(); i++) {
            FactDefinition f = facts.get(i);
            String cast = switch (f.type()) {
                case BOOL -> "(Boolean) values[" + i + "]";
                case NUMBER -> "((Number) values[" + i + "]).doubleValue()";
                case ENUM -> "java.util.Objects.requireNonNull((" + f.typeName() + ") values[" + i + "], \""
                        + f.name() + "\")";
            };
            s.append("        this.").append(f.field()).append(" = ").append(cast).append(";\n");
            if (f.type() == FactType.NUMBER) {
                StringBuilder test = new StringBuilder("Double.isNaN(" + f.field() + ")");
                String range = "a number";
                if (f.min() != null) {
                    test.append(" || ").append(f.field()).append(" < ").append(literal(f.min()));
                    range += " >= " + VocabularyReader.format(f.min());
                }
                if (f.max() != null) {
                    test.append(" || ").append(f.field()).append(" > ").append(literal(f.max()));
                    range += (f.min() != null ? " and" : "") + " <= " + VocabularyReader.format(f.max());
                }
                s.append("        if (").append(test).append(") {\n")
                        .append("            throw new IllegalArgumentException(\"").append(f.name())
                        .append(" must be ").append(range).append("\");\n        }\n");
            }
        }
        s.append("    }\n\n");
        for (FactDefinition f : facts) {
            String prefix = f.type() == FactType.BOOL ? "is" : "get";
            s.append("    public ").append(javaType(f)).append(' ').append(prefix).append(f.typeName())
                    .append("() {\n        return ").append(f.field()).append(";\n    }\n\n");
        }
        s.append("    @Override\n    public Object get(int index) {\n        switch (index) {\n");
        for (int i = 0; i < facts.size(); i++) {
            s.append("            case ").append(i).append(": return ").append(facts.get(i).field()).append(";\n");
        }
        s.append("            default: throw new IndexOutOfBoundsException(index);\n        }\n    }\n\n");
        s.append("    @Override\n    public int size() {\n        return ").append(facts.size()).append(";\n    }\n\n");
        s.append("    @Override\n    public boolean equals(Object o) {\n");
        s.append("        if (!(o instanceof Case)) {\n            return false;\n        }\n");
        s.append("        Case c = (Case) o;\n        return getDate().equals(c.getDate())");
        for (FactDefinition f : facts) {
            s.append("\n                && ");
            s.append(f.type() == FactType.NUMBER ? "Double.compare(" + f.field() + ", c." + f.field() + ") == 0"
                    : f.field() + " == c." + f.field());
        }
        s.append(";\n    }\n\n");
        s.append("    @Override\n    public int hashCode() {\n        int h = getDate().hashCode();\n");
        for (FactDefinition f : facts) {
            String boxed = switch (f.type()) {
                case BOOL -> "Boolean.hashCode(" + f.field() + ")";
                case NUMBER -> "Double.hashCode(" + f.field() + ")";
                case ENUM -> f.field() + ".hashCode()";
            };
            s.append("        h = 31 * h + ").append(boxed).append(";\n");
        }
        s.append("        return h;\n    }\n\n");
        s.append("    @Override\n    public String toString() {\n        return \"Case[\"");
        for (FactDefinition f : facts) {
            s.append(" + \"").append(f.field()).append("=\" + ").append(f.field()).append(" + \", \"");
        }
        s.append(" + \"date=\" + getDate() + \"]\";\n    }\n}\n");
        return s.toString();
    }

    private static String javaType(FactDefinition f) {
        return switch (f.type()) {
            case BOOL -> "boolean";
            case NUMBER -> "double";
            case ENUM -> f.typeName();
        };
    }

    private static String literal(double d) {
        return Double.toString(d);
    }
}
