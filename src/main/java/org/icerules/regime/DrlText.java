package org.icerules.regime;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.parser.lang.DRL6Lexer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One .drl file as read: its text, where each line starts (to turn the character offsets
 * Drools' parser records into 1-based line:column), and its tokens as Drools' own DRL lexer
 * reads them (comments and blanks left out).
 */
final class DrlText {
    /** The type of the token that marks a lexing error. */
    static final int BAD = Token.INVALID_TOKEN_TYPE;
    private final String file;
    private final String text;
    private final int[] lineStarts;

    /** A token of the file: its type ({@link DRL6Lexer} constants), text, 1-based line and column, offset. */
    record Tok(int type, String text, int line, int column, int offset) {
        boolean isWord(String word) {
            return type == DRL6Lexer.ID && text.equals(word);
        }
    }

    DrlText(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    /** The 1-based line and column of a character offset. */
    int[] position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int i = Arrays.binarySearch(lineStarts, at);
        int line = i >= 0 ? i : -i - 2;
        return new int[]{line + 1, at - lineStarts[line] + 1};
    }

    /** Where a descriptor starts, 1-based; {0, 0} when Drools did not record it. */
    int[] position(BaseDescr d) {
        if (d.getStartCharacter() >= 0) {
            return position(d.getStartCharacter());
        }
        return d.getLine() > 0 ? new int[]{d.getLine(), Math.max(d.getColumn(), 0) + 1} : new int[]{0, 0};
    }

    /** The offset of the first character of a 1-based line, or -1 if there is no such line. */
    int lineStart(int line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : -1;
    }

    /** The 1-based column of the first non-blank character of a line (1 for a blank or unknown line). */
    int firstColumn(int line) {
        int start = lineStart(line);
        if (start < 0) {
            return 1;
        }
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i - start + 1 : 1;
    }

    /** The file's tokens, in order, as Drools' DRL lexer reads them. */
    List<Tok> tokens() {
        return tokens(text, 1, 1, 0);
    }

    /**
     * The tokens of a piece of DRL (a constraint, an expression) that starts at this line,
     * column and offset of the file. Where the lexer gives up, a last token of type {@link #BAD}
     * holds the first character it could not read.
     */
    static List<Tok> tokens(String piece, int line, int column, int offset) {
        DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(piece));
        List<Tok> out = new ArrayList<>();
        int end = 0; // where the last token read, blanks and comments too, ends
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            end = Math.max(end, ((CommonToken) t).getStopIndex() + 1);
            if (t.getChannel() == Token.HIDDEN_CHANNEL) {
                continue;
            }
            int l = t.getLine();
            int c = t.getCharPositionInLine() + 1;
            out.add(new Tok(t.getType(), t.getText(), line + l - 1, l == 1 ? column + c - 1 : c,
                    offset + ((CommonToken) t).getStartIndex()));
        }
        if (!lexer.getErrors().isEmpty()) {
            // the lexer gives up on the rest (a string without its closing quote runs to the end): mark where
            int at = Math.min(end, piece.length());
            while (at < piece.length() && Character.isWhitespace(piece.charAt(at))) {
                at++;
            }
            int lines = 0;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (piece.charAt(i) == '\n') {
                    lines++;
                    lineStart = i + 1;
                }
            }
            out.add(new Tok(BAD, piece.substring(at, Math.min(at + 1, piece.length())), line + lines,
                    lines == 0 ? column + at : at - lineStart + 1, offset + at));
        }
        return out;
    }
}
