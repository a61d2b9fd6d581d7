package org.icerules.regime;

import org.drools.drl.parser.lang.DRL6Lexer;

import java.util.List;
import java.util.Set;

/**
 * A leaf of a constraint as Drools' expression parser leaves it (an {@code AtomicExprDescr}:
 * one side of a comparison, or a condition on its own), classified from the tokens of Drools'
 * own DRL lexer. Only a few shapes can be analysed — a name, {@code Type.CONSTANT}, a number,
 * a string, true/false, a day predicate with a literal day — and every other shape is named,
 * so that the refusal can say what was written.
 *
 * @param kind      what it is
 * @param text      the expression as written
 * @param negated   whether it is negated ({@code !someFact}, {@code !(onOrAfter("…"))})
 * @param name      the name ({@link Kind#NAME}, {@link Kind#VARIABLE}), the method called
 *                  ({@link Kind#CALL}, {@link Kind#DAY}), or the member after the last dot ({@link Kind#QUALIFIED})
 * @param qualifier what comes before the last dot ({@link Kind#QUALIFIED}), else null
 * @param string    the unquoted text ({@link Kind#STRING}), or the day argument ({@link Kind#DAY})
 * @param number    the value ({@link Kind#NUMBER})
 * @param names     every identifier in it, to tell what a refused expression reads
 * @param nameAt    where {@code name} starts within {@code text}
 */
record Operand(Kind kind, String text, boolean negated, String name, String qualifier, String string,
               double number, List<String> names, int nameAt) {

    enum Kind {
        /** {@code someFact}, {@code date} */
        NAME,
        /** {@code SomeType.SOME_VALUE}, {@code this.someFact} */
        QUALIFIED,
        NUMBER,
        STRING,
        BOOLEAN,
        /** {@code onOrAfter("2018-03-19")} */
        DAY,
        /** {@code $h} */
        VARIABLE,
        /** any other method or function call: {@code helper(this)}, {@code date.getYear()} */
        CALL,
        /** {@code someNumber * 2} */
        ARITHMETIC,
        /** {@code this}, {@code null}, casts, {@code !.}, indexes, … */
        OTHER
    }

    static final Set<String> DAY_PREDICATES = Set.of("onOrAfter", "onOrBefore", "before", "after");
    private static final Set<Integer> ARITHMETIC_TOKENS =
            Set.of(DRL6Lexer.PLUS, DRL6Lexer.MINUS, DRL6Lexer.STAR, DRL6Lexer.DIV, DRL6Lexer.MOD);

    static Operand of(String text) {
        List<DrlText.Tok> all = DrlText.tokens(text, 1, 1, 0);
        List<String> names = all.stream().filter(t -> t.type() == DRL6Lexer.ID).map(DrlText.Tok::text).toList();
        int from = 0;
        int to = all.size();
        boolean negated = false;
        while (from < to) { // peel off !, and parentheses around the whole
            if (all.get(from).type() == DRL6Lexer.NEGATION) {
                negated = !negated;
                from++;
            } else if (all.get(from).type() == DRL6Lexer.LEFT_PAREN && closing(all, from) == to - 1) {
                from++;
                to--;
            } else {
                break;
            }
        }
        List<DrlText.Tok> t = all.subList(from, to);
        Builder b = new Builder(text, negated, names);
        if (t.isEmpty() || all.stream().anyMatch(x -> x.type() == DrlText.BAD)) {
            return b.make(Kind.OTHER);
        }
        DrlText.Tok first = t.get(0);
        if (t.size() == 1) {
            return switch (first.type()) {
                case DRL6Lexer.ID -> first.text().startsWith("$") ? b.named(Kind.VARIABLE, first)
                        : first.text().equals("this") ? b.make(Kind.OTHER) : b.named(Kind.NAME, first);
                case DRL6Lexer.STRING -> b.string(unquote(first.text()));
                case DRL6Lexer.DECIMAL, DRL6Lexer.FLOAT -> b.number(first.text());
                case DRL6Lexer.BOOL -> b.bool(first.text());
                default -> b.make(Kind.OTHER);
            };
        }
        if (t.size() == 2 && first.type() == DRL6Lexer.MINUS
                && (t.get(1).type() == DRL6Lexer.DECIMAL || t.get(1).type() == DRL6Lexer.FLOAT)) {
            return b.number("-" + t.get(1).text());
        }
        if (first.type() == DRL6Lexer.ID && t.get(1).type() == DRL6Lexer.LEFT_PAREN && closing(t, 1) == t.size() - 1) {
            if (DAY_PREDICATES.contains(first.text()) && t.size() == 4 && t.get(2).type() == DRL6Lexer.STRING) {
                Operand named = b.named(Kind.DAY, first);
                return new Operand(Kind.DAY, text, negated, named.name, null, unquote(t.get(2).text()), 0, names,
                        named.nameAt);
            }
            return b.named(Kind.CALL, first);
        }
        if (isDotted(t)) {
            DrlText.Tok last = t.get(t.size() - 1);
            StringBuilder qualifier = new StringBuilder();
            for (int i = 0; i < t.size() - 2; i++) {
                qualifier.append(t.get(i).text());
            }
            Operand named = b.named(Kind.QUALIFIED, last);
            return new Operand(first.text().startsWith("$") ? Kind.VARIABLE : Kind.QUALIFIED, text, negated,
                    named.name, qualifier.toString(), null, 0, names, named.nameAt);
        }
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            int type = t.get(i).type();
            depth += type == DRL6Lexer.LEFT_PAREN ? 1 : type == DRL6Lexer.RIGHT_PAREN ? -1 : 0;
            if (depth == 0 && ARITHMETIC_TOKENS.contains(type)) {
                return b.make(Kind.ARITHMETIC);
            }
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).type() == DRL6Lexer.LEFT_PAREN && t.get(i - 1).type() == DRL6Lexer.ID) {
                return b.named(Kind.CALL, t.get(i - 1));
            }
        }
        return b.make(t.stream().anyMatch(x -> x.type() == DRL6Lexer.ID && x.text().startsWith("$"))
                ? Kind.VARIABLE : Kind.OTHER);
    }

    /** Whether this reads something through a call, arithmetic or a variable that the analysis cannot follow. */
    boolean isRefused() {
        return switch (kind) {
            case VARIABLE, CALL, ARITHMETIC, OTHER -> true;
            default -> false;
        };
    }

    /** {@code ID (. ID)+} */
    private static boolean isDotted(List<DrlText.Tok> t) {
        if (t.size() < 3 || t.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).type() != (i % 2 == 0 ? DRL6Lexer.ID : DRL6Lexer.DOT)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(List<DrlText.Tok> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            int type = t.get(i).type();
            if (type == DRL6Lexer.LEFT_PAREN) {
                depth++;
            } else if (type == DRL6Lexer.RIGHT_PAREN && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String literal) {
        return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
    }

    private record Builder(String text, boolean negated, List<String> names) {
        Operand make(Kind kind) {
            return new Operand(kind, text, negated, null, null, null, 0, names, 0);
        }

        Operand named(Kind kind, DrlText.Tok name) {
            return new Operand(kind, text, negated, name.text(), null, null, 0, names, name.offset());
        }

        Operand string(String value) {
            return new Operand(Kind.STRING, text, negated, null, null, value, 0, names, 0);
        }

        Operand bool(String value) {
            return new Operand(Kind.BOOLEAN, text, negated, null, null, value, 0, names, 0);
        }

        Operand number(String literal) {
            try {
                return new Operand(Kind.NUMBER, text, negated, null, null, null, Double.parseDouble(literal), names, 0);
            } catch (NumberFormatException e) {
                return make(Kind.OTHER);
            }
        }
    }
}
