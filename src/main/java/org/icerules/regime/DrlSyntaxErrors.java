package org.icerules.regime;

import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.DRL6Lexer;
import org.icerules.model.InputProblem;
import org.icerules.yaml.DidYouMean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the DRL parser's errors for one file into located problems a rule author can act on:
 * one per rule (the parser recovers and goes on, so what follows the first error in a rule
 * is mostly its echo), with the likely cause named where the parser's own words would
 * mislead: a rule without {@code end} (the parser swallows the next rule as its consequence),
 * a string without its closing quote, a {@code (} never closed, {@code =} for {@code ==}.
 */
final class DrlSyntaxErrors {
    private static final Set<String> TOP_LEVEL = Set.of("rule", "query", "declare", "function", "global", "import",
            "package");
    private static final List<String> KEYWORDS = List.of("rule", "when", "then", "end", "package", "import");
    private static final Set<String> DRL_WORDS = Set.of("and", "or", "not", "in", "exists", "forall", "from", "eval",
            "accumulate", "collect", "over", "this", "true", "false", "null");
    // the parser's message: "[ERR 102] Line 15:0 mismatched input 'end' expecting ')' in rule "First""
    private static final Pattern PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");
    private static final Pattern IN_RULE = Pattern.compile("\\s+in rule \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UNEXPECTED = Pattern.compile("(?:mismatched|no viable alternative at) input '([^']*)'");

    private DrlSyntaxErrors() {
    }

    /** A top-level part of the file: a rule (with its name) or anything else, from one keyword to the next. */
    private record Part(String rule, DrlText.Tok start, List<DrlText.Tok> tokens, DrlText.Tok next) {
        boolean holds(int line, int column) {
            boolean afterStart = line > start.line() || (line == start.line() && column >= start.column());
            boolean beforeNext = next == null || line < next.line() || (line == next.line() && column < next.column());
            return afterStart && beforeNext;
        }
    }

    private record Located(int line, int column, String rule, String message) {
    }

    static List<InputProblem> problems(DrlText src, List<DroolsError> errors) {
        List<Part> parts = parts(src.tokens());
        List<Located> located = errors.stream().map(e -> locate(src, e)).sorted(
                Comparator.comparingInt(Located::line).thenComparingInt(Located::column)).toList();
        List<InputProblem> out = new ArrayList<>();
        List<Located> left = new ArrayList<>(located);
        for (Part part : parts) {
            List<Located> mine = new ArrayList<>();
            for (Located e : left) {
                // the parser names the rule it was reading: a rule that lacks its end owns the errors after it
                boolean named = part.rule() != null && part.rule().equals(e.rule());
                boolean here = e.rule() == null || parts.stream().noneMatch(p -> e.rule().equals(p.rule()));
                if (named || (here && part.holds(e.line(), e.column()))) {
                    mine.add(e);
                }
            }
            left.removeAll(mine);
            InputProblem p = explain(src, part, mine);
            if (p != null) {
                out.add(p);
            }
        }
        if (out.isEmpty() && !located.isEmpty()) { // nothing placed in a part: the first error as the parser says it
            Located e = located.get(0);
            out.add(new InputProblem(src.file(), e.line(), e.column(), key(e.rule()), "DRL syntax error: " + e.message()));
        }
        return out;
    }

    /** The one problem of a part: what is wrong with it, if the parser found anything there. */
    private static InputProblem explain(DrlText src, Part part, List<Located> errors) {
        DrlText.Tok open = part.tokens().stream().filter(DrlSyntaxErrors::unclosedString).findFirst().orElse(null);
        if (open != null && !errors.isEmpty()) {
            return new InputProblem(src.file(), open.line(), open.column(), key(part.rule()),
                    "DRL syntax error: this string has no closing quote (" + open.text().charAt(0) + ") on its line");
        }
        boolean lexed = part.tokens().stream().noneMatch(t -> t.type() == DrlText.BAD);
        if (part.rule() != null && lexed && part.tokens().stream().noneMatch(t -> t.isWord("end"))) {
            String before = part.next() == null ? "at the end of the file"
                    : "before line " + part.next().line() + " (" + part.next().text() + " …)";
            return new InputProblem(src.file(), part.start().line(), part.start().column(), key(part.rule()),
                    "DRL syntax error: rule \"" + part.rule() + "\" (line " + part.start().line() + ") has no 'end': "
                            + "close it with end after its then, " + before);
        }
        if (errors.isEmpty()) {
            return null;
        }
        Located first = errors.get(0);
        return new InputProblem(src.file(), first.line(), first.column(), key(part.rule()),
                "DRL syntax error: " + first.message() + hint(part, first));
    }

    /** A string that runs past its line (the lexer allows it), or that the lexer gave up on. */
    private static boolean unclosedString(DrlText.Tok t) {
        return (t.type() == DRL6Lexer.STRING && (t.text().contains("\n") || t.text().contains("\r")))
                || (t.type() == DrlText.BAD && (t.text().equals("\"") || t.text().equals("'")));
    }

    /** The likely cause, where the parser's words alone would not say it. */
    private static String hint(Part part, Located error) {
        Matcher m = UNEXPECTED.matcher(error.message());
        String unexpected = m.find() ? m.group(1) : "";
        if (unexpected.equals("=")) {
            return " (compare with ==)";
        }
        boolean word = unexpected.matches("[A-Za-z]+");
        // where the unexpected word is: does it start a line (or is it the end of the file), after a '(' left open?
        List<DrlText.Tok> open = new ArrayList<>();
        int previousLine = 0;
        boolean startsLine = unexpected.equals("<eof>");
        for (DrlText.Tok t : part.tokens()) {
            if (t.line() > error.line() || (t.line() == error.line() && t.column() >= error.column())) {
                startsLine |= t.line() == error.line() && t.column() == error.column() && previousLine < t.line();
                break;
            }
            previousLine = t.line();
            if (t.type() == DRL6Lexer.LEFT_PAREN) {
                open.add(t);
            } else if (t.type() == DRL6Lexer.RIGHT_PAREN && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        if (word && !KEYWORDS.contains(unexpected) && !DRL_WORDS.contains(unexpected)
                && (startsLine || error.message().contains("expecting"))) {
            String near = DidYouMean.closest(unexpected, KEYWORDS).orElse(null);
            if (near != null) {
                return " (did you mean '" + near + "'?)";
            }
        }
        if (!open.isEmpty() && ((startsLine && (word || unexpected.equals("<eof>")))
                || unexpected.equals("then") || unexpected.equals("end"))) {
            DrlText.Tok o = open.get(open.size() - 1);
            return " (the '(' at line " + o.line() + ":" + o.column() + " is never closed)";
        }
        if (unexpected.equals("end") && part.tokens().stream().noneMatch(t -> t.isWord("then"))) {
            return " (a rule needs 'then' before its 'end')";
        }
        return "";
    }

    /** Splits the file at each top-level keyword; a rule part carries the rule's name. */
    private static List<Part> parts(List<DrlText.Tok> tokens) {
        List<Integer> starts = new ArrayList<>();
        if (!tokens.isEmpty()) {
            starts.add(0); // whatever comes before the first keyword is a part too
        }
        for (int i = 1; i < tokens.size(); i++) {
            DrlText.Tok t = tokens.get(i);
            if (t.type() == DRL6Lexer.ID && TOP_LEVEL.contains(t.text()) && (i == 0 || !isDot(tokens.get(i - 1)))) {
                starts.add(i);
            }
        }
        List<Part> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
            DrlText.Tok start = tokens.get(from);
            String rule = null;
            if (start.isWord("rule") && from + 1 < to) {
                DrlText.Tok n = tokens.get(from + 1);
                rule = n.type() == DRL6Lexer.STRING ? n.text().substring(1, Math.max(1, n.text().length() - 1)) : n.text();
            }
            out.add(new Part(rule, start, tokens.subList(from, to), to < tokens.size() ? tokens.get(to) : null));
        }
        return out;
    }

    private static boolean isDot(DrlText.Tok t) {
        return t.type() == DRL6Lexer.DOT;
    }

    private static Located locate(DrlText src, DroolsError e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").trim();
        Matcher in = IN_RULE.matcher(message);
        String rule = in.find() ? in.group(1) : null;
        String text = IN_RULE.matcher(PREFIX.matcher(message).replaceFirst("")).replaceAll("").trim();
        int line = 0;
        int column = 0;
        if (e instanceof ParserError pe && pe.getRow() > 0) {
            line = pe.getRow();
            column = pe.getCol() + 1;
        } else if (e.getLines() != null && e.getLines().length > 0 && e.getLines()[0] > 0) {
            line = e.getLines()[0];
            column = src.firstColumn(line);
        }
        return new Located(line, column, rule, text.isEmpty() ? message : text);
    }

    private static String key(String rule) {
        return rule == null ? null : "rule \"" + rule + "\"";
    }
}
