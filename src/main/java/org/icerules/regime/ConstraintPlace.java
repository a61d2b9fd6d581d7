package org.icerules.regime;

import org.drools.drl.ast.descr.ExprConstraintDescr;

/**
 * Where the pieces of one constraint are in its file. Drools records where a constraint
 * starts, but not where the leaves of its expression are; they are found in the constraint's
 * text, left to right, as the analysis meets them.
 */
final class ConstraintPlace {
    private final DrlText src;
    private final int start;
    private final String expression;
    private int cursor;

    ConstraintPlace(DrlText src, ExprConstraintDescr constraint) {
        this.src = src;
        this.expression = constraint.getExpression() == null ? "" : constraint.getExpression();
        int at = constraint.getStartCharacter();
        // the recorded start is where the expression's text begins; check, else fall back on line:column
        if (at < 0 || !src.text().startsWith(expression, at)) {
            int line = src.lineStart(constraint.getLine());
            at = line < 0 ? 0 : line + Math.max(constraint.getColumn(), 0);
        }
        this.start = at;
    }

    /** The whole constraint. */
    int[] whole() {
        return src.position(start);
    }

    /**
     * Where this operand is: its offset in the file (moving past it), or -1 when its text is
     * not in the constraint as written (Drools rewrites {@code !(a || b)} as {@code !(a) && !(b)}).
     */
    int locate(Operand o) {
        int i = indexOf(o.text());
        return i < 0 ? -1 : start + i;
    }

    /** The 1-based line and column of an offset from {@link #locate} (the constraint's start for -1). */
    int[] at(int offset) {
        return src.position(offset < 0 ? start : offset);
    }

    /** The 1-based line and column of an operand's name (its member, for {@code Type.CONSTANT}). */
    int[] nameOf(Operand o, int offset) {
        return src.position(offset < 0 ? start : offset + o.nameAt());
    }

    /** The next place this text occurs (else its first, else -1): operands are met in the order written. */
    private int indexOf(String piece) {
        int i = expression.indexOf(piece, cursor);
        if (i < 0) {
            i = expression.indexOf(piece);
        }
        if (i >= 0) {
            cursor = i + piece.length();
        }
        return i;
    }
}
