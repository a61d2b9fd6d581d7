package org.icerules.regime;

import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.DCMPG;
import static org.objectweb.asm.Opcodes.DCMPL;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.DRETURN;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IFGT;
import static org.objectweb.asm.Opcodes.IFLT;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

/**
 * The class {@code icerules.vocabulary.Case} as bytecode: one private final field and one getter
 * per fact, the constructor that takes the facts boxed and checks them, {@code get(int)},
 * {@code size()}, and ({@link CaseObjectMethods}) {@code equals}, {@code hashCode} and
 * {@code toString}. The code follows what javac makes of the equivalent source (written out in
 * each method's comment), so a rule compiled against these bytes reads them as it read the
 * compiled source.
 */
final class CaseBytecode {
    private static final String SUPER = "org/icerules/model/facts/Case";
    static final String SELF = VocabularyBytecode.internal(VocabularyBytecode.CASE);
    static final String DATE = "java/time/LocalDate";
    static final String CONSTRUCTOR = "(Lorg/icerules/model/facts/Vocabulary;[Ljava/lang/Object;L" + DATE + ";)V";

    private final List<FactDefinition> facts;
    private final ClassWriter cw = VocabularyBytecode.writer();

    private CaseBytecode(List<FactDefinition> facts) {
        this.facts = facts;
    }

    static byte[] of(List<FactDefinition> facts) {
        return new CaseBytecode(facts).write();
    }

    private byte[] write() {
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, SELF, null, SUPER, null);
        for (FactDefinition f : facts) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, f.field(), descriptor(f), null, null).visitEnd();
        }
        constructor();
        for (FactDefinition f : facts) {
            getter(f);
        }
        get();
        size();
        CaseObjectMethods.write(cw, facts);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * {@code super(vocabulary, date);} then per fact {@code this.x = (Boolean) values[i];},
     * {@code this.x = ((Number) values[i]).doubleValue();} followed by
     * {@code if (Double.isNaN(x) || x < min || x > max) throw new IllegalArgumentException("... must be ...");},
     * or {@code this.x = Objects.requireNonNull((X) values[i], "fact-name");}.
     */
    private void constructor() {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", CONSTRUCTOR, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, 1);
        m.visitVarInsn(ALOAD, 3);
        m.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "(Lorg/icerules/model/facts/Vocabulary;L" + DATE + ";)V", false);
        for (int i = 0; i < facts.size(); i++) {
            FactDefinition f = facts.get(i);
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ALOAD, 2);
            VocabularyBytecode.pushInt(m, i);
            m.visitInsn(AALOAD);
            switch (f.type()) {
                case BOOL -> {
                    m.visitTypeInsn(CHECKCAST, "java/lang/Boolean");
                    m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z", false);
                }
                case NUMBER -> {
                    m.visitTypeInsn(CHECKCAST, "java/lang/Number");
                    m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Number", "doubleValue", "()D", false);
                }
                case ENUM -> {
                    String type = VocabularyBytecode.enumInternal(f);
                    m.visitTypeInsn(CHECKCAST, type);
                    m.visitLdcInsn(f.name());
                    m.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "requireNonNull",
                            "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;", false);
                    m.visitTypeInsn(CHECKCAST, type);
                }
            }
            m.visitFieldInsn(PUTFIELD, SELF, f.field(), descriptor(f));
            if (f.type() == FactType.NUMBER) {
                bounds(m, f);
            }
        }
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void bounds(MethodVisitor m, FactDefinition f) {
        Label refuse = new Label();
        Label fine = new Label();
        readField(m, f);
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "isNaN", "(D)Z", false);
        m.visitJumpInsn(IFNE, refuse);
        if (f.min() != null) {
            readField(m, f);
            pushDouble(m, f.min());
            m.visitInsn(DCMPG); // as javac compiles x < min: NaN compares greater, so not below
            m.visitJumpInsn(IFLT, refuse);
        }
        if (f.max() != null) {
            readField(m, f);
            pushDouble(m, f.max());
            m.visitInsn(DCMPL); // as javac compiles x > max: NaN compares less, so not above
            m.visitJumpInsn(IFGT, refuse);
        }
        m.visitJumpInsn(GOTO, fine);
        m.visitLabel(refuse);
        m.visitTypeInsn(NEW, "java/lang/IllegalArgumentException");
        m.visitInsn(DUP);
        m.visitLdcInsn(f.name() + " must be " + range(f));
        m.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false);
        m.visitInsn(ATHROW);
        m.visitLabel(fine);
    }

    /** {@code a number >= 0 and <= 1000000}: the bounds in the words of the message a case out of them throws. */
    static String range(FactDefinition f) {
        String range = "a number";
        if (f.min() != null) {
            range += " >= " + VocabularyReader.format(f.min());
        }
        if (f.max() != null) {
            range += (f.min() != null ? " and" : "") + " <= " + VocabularyReader.format(f.max());
        }
        return range;
    }

    /** {@code public boolean isX() { return x; }}, {@code public double getX()}, {@code public X getX()}. */
    private void getter(FactDefinition f) {
        String prefix = f.type() == FactType.BOOL ? "is" : "get";
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, prefix + f.typeName(), "()" + descriptor(f), null, null);
        m.visitCode();
        readField(m, f);
        m.visitInsn(switch (f.type()) {
            case BOOL -> IRETURN;
            case NUMBER -> DRETURN;
            case ENUM -> ARETURN;
        });
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** {@code switch (index) { case i: return x; ... default: throw new IndexOutOfBoundsException(index); }}, boxed. */
    private void get() {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "get", "(I)Ljava/lang/Object;", null, null);
        m.visitCode();
        Label outside = new Label();
        if (!facts.isEmpty()) {
            Label[] cases = new Label[facts.size()];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = new Label();
            }
            m.visitVarInsn(ILOAD, 1);
            m.visitTableSwitchInsn(0, cases.length - 1, outside, cases);
            for (int i = 0; i < cases.length; i++) {
                FactDefinition f = facts.get(i);
                m.visitLabel(cases[i]);
                readField(m, f);
                switch (f.type()) {
                    case BOOL -> m.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf",
                            "(Z)Ljava/lang/Boolean;", false);
                    case NUMBER -> m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf",
                            "(D)Ljava/lang/Double;", false);
                    case ENUM -> {
                        // already an object
                    }
                }
                m.visitInsn(ARETURN);
            }
        }
        m.visitLabel(outside);
        m.visitTypeInsn(NEW, "java/lang/IndexOutOfBoundsException");
        m.visitInsn(DUP);
        m.visitVarInsn(ILOAD, 1);
        m.visitMethodInsn(INVOKESPECIAL, "java/lang/IndexOutOfBoundsException", "<init>", "(I)V", false);
        m.visitInsn(ATHROW);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** {@code return <number of facts>;} */
    private void size() {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "size", "()I", null, null);
        m.visitCode();
        VocabularyBytecode.pushInt(m, facts.size());
        m.visitInsn(IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** A double constant, as javac pushes it: {@code dconst_0}/{@code dconst_1} for 0 and 1. */
    private static void pushDouble(MethodVisitor m, double d) {
        if (Double.doubleToRawLongBits(d) == 0L) {
            m.visitInsn(DCONST_0);
        } else if (d == 1.0) {
            m.visitInsn(DCONST_1);
        } else {
            m.visitLdcInsn(d);
        }
    }

    static void readField(MethodVisitor m, FactDefinition f) {
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, SELF, f.field(), descriptor(f));
    }

    /** Pushes {@code getDate()} of the case in that local variable. */
    static void date(MethodVisitor m, int local) {
        m.visitVarInsn(ALOAD, local);
        m.visitMethodInsn(INVOKEVIRTUAL, SELF, "getDate", "()L" + DATE + ";", false);
    }

    static String descriptor(FactDefinition f) {
        return switch (f.type()) {
            case BOOL -> "Z";
            case NUMBER -> "D";
            case ENUM -> "L" + VocabularyBytecode.enumInternal(f) + ";";
        };
    }
}
