package org.icerules.regime;

import org.icerules.model.facts.FactDefinition;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

import static org.icerules.regime.CaseBytecode.DATE;
import static org.icerules.regime.CaseBytecode.SELF;
import static org.icerules.regime.CaseBytecode.date;
import static org.icerules.regime.CaseBytecode.descriptor;
import static org.icerules.regime.CaseBytecode.readField;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IF_ACMPNE;
import static org.objectweb.asm.Opcodes.IF_ICMPNE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.IMUL;
import static org.objectweb.asm.Opcodes.INSTANCEOF;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.NEW;

/**
 * The generated case's {@code equals}, {@code hashCode} and {@code toString}: a case is equal to
 * another with the same date and facts (numbers compared as {@code Double.compare} does), hashes
 * as {@code 31 * h + ...} over the date then the facts, and prints as
 * {@code Case[field=value, ..., date=...]}.
 */
final class CaseObjectMethods {
    private CaseObjectMethods() {
    }

    static void write(ClassWriter cw, List<FactDefinition> facts) {
        equalsMethod(cw, facts);
        hashCodeMethod(cw, facts);
        toStringMethod(cw, facts);
    }

    /**
     * {@code if (!(o instanceof Case)) return false; Case c = (Case) o; return getDate().equals(c.getDate())
     * && x == c.x && Double.compare(n, c.n) == 0 && ...;}
     */
    private static void equalsMethod(ClassWriter cw, List<FactDefinition> facts) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        m.visitCode();
        Label isCase = new Label();
        Label differ = new Label();
        m.visitVarInsn(ALOAD, 1);
        m.visitTypeInsn(INSTANCEOF, SELF);
        m.visitJumpInsn(IFNE, isCase);
        m.visitInsn(ICONST_0);
        m.visitInsn(IRETURN);
        m.visitLabel(isCase);
        m.visitVarInsn(ALOAD, 1);
        m.visitTypeInsn(CHECKCAST, SELF);
        m.visitVarInsn(ASTORE, 2);
        date(m, 0);
        date(m, 2);
        m.visitMethodInsn(INVOKEVIRTUAL, DATE, "equals", "(Ljava/lang/Object;)Z", false);
        m.visitJumpInsn(IFEQ, differ);
        for (FactDefinition f : facts) {
            readField(m, f);
            m.visitVarInsn(ALOAD, 2);
            m.visitFieldInsn(GETFIELD, SELF, f.field(), descriptor(f));
            switch (f.type()) {
                case BOOL -> m.visitJumpInsn(IF_ICMPNE, differ);
                case NUMBER -> {
                    m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    m.visitJumpInsn(IFNE, differ);
                }
                case ENUM -> m.visitJumpInsn(IF_ACMPNE, differ);
            }
        }
        m.visitInsn(ICONST_1);
        m.visitInsn(IRETURN);
        m.visitLabel(differ);
        m.visitInsn(ICONST_0);
        m.visitInsn(IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** {@code int h = getDate().hashCode(); h = 31 * h + Boolean.hashCode(x); ... return h;} */
    private static void hashCodeMethod(ClassWriter cw, List<FactDefinition> facts) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        m.visitCode();
        date(m, 0);
        m.visitMethodInsn(INVOKEVIRTUAL, DATE, "hashCode", "()I", false);
        m.visitVarInsn(ISTORE, 1);
        for (FactDefinition f : facts) {
            VocabularyBytecode.pushInt(m, 31);
            m.visitVarInsn(ILOAD, 1);
            m.visitInsn(IMUL);
            readField(m, f);
            switch (f.type()) {
                case BOOL -> m.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
                case NUMBER -> m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "hashCode", "(D)I", false);
                case ENUM -> m.visitMethodInsn(INVOKEVIRTUAL, VocabularyBytecode.enumInternal(f), "hashCode", "()I", false);
            }
            m.visitInsn(IADD);
            m.visitVarInsn(ISTORE, 1);
        }
        m.visitVarInsn(ILOAD, 1);
        m.visitInsn(IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /**
     * {@code "Case[" + "x=" + x + ", " + ... + "date=" + getDate() + "]"}, built with a StringBuilder
     * (same text as the concatenation, and no bootstrap method on a cold start).
     */
    private static void toStringMethod(ClassWriter cw, List<FactDefinition> facts) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "toString", "()Ljava/lang/String;", null, null);
        m.visitCode();
        m.visitTypeInsn(NEW, "java/lang/StringBuilder");
        m.visitInsn(DUP);
        String text = "Case[";
        m.visitLdcInsn(text);
        m.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
        String between = "";
        for (FactDefinition f : facts) {
            appendText(m, between + f.field() + "=");
            readField(m, f);
            appendValue(m, switch (f.type()) {
                case BOOL -> "Z";
                case NUMBER -> "D";
                case ENUM -> "Ljava/lang/Object;";
            });
            between = ", ";
        }
        appendText(m, between + "date=");
        date(m, 0);
        appendValue(m, "Ljava/lang/Object;");
        appendText(m, "]");
        m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void appendText(MethodVisitor m, String text) {
        m.visitLdcInsn(text);
        appendValue(m, "Ljava/lang/String;");
    }

    /** Appends the value on the stack, of this type descriptor, to the builder under it. */
    private static void appendValue(MethodVisitor m, String type) {
        m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(" + type + ")Ljava/lang/StringBuilder;",
                false);
    }
}
