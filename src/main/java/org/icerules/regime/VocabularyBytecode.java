package org.icerules.regime;

import org.icerules.model.facts.DrlNames;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.VocabularyDefinition;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.AASTORE;
import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_ENUM;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_INTERFACE;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ANEWARRAY;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.PUTSTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;
import static org.objectweb.asm.Opcodes.V17;

/**
 * The classes a rule matches, generated from a {@link VocabularyDefinition} straight as bytecode:
 * {@code icerules.vocabulary.Case} with one typed field and getter per fact ({@link CaseBytecode}),
 * {@code CaseMaker}, and one enum per enum fact. Real fields, not a map, so Drools reads them as
 * fast as a hand-written class; written with ASM rather than compiled from Java source, so a
 * load costs milliseconds and needs neither a compiler nor a cache. The bytes are a pure function
 * of the vocabulary (and {@link #VERSION}).
 */
final class VocabularyBytecode {
    /** The package a rule imports: {@code import icerules.vocabulary.*;}. */
    static final String PACKAGE = "icerules.vocabulary";
    /** Part of the vocabulary's hash (so of every rule base's cache key): change it whenever the classes change shape. */
    static final String VERSION = "ice-rules vocabulary classes v2 (bytecode)";
    static final String CASE = PACKAGE + ".Case";
    /** Makes cases without reflection: a method handle's first calls cost a cold start tens of milliseconds. */
    static final String MAKER = PACKAGE + ".CaseMaker";
    private static final String FACT_VALUE = "org/icerules/model/facts/FactValue";
    private static final String VOCABULARY = "org/icerules/model/facts/Vocabulary";

    private VocabularyBytecode() {
    }

    /** Class name → class file, the case first, then the maker and the enums in vocabulary order. */
    static Map<String, byte[]> of(VocabularyDefinition v) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(CASE, CaseBytecode.of(v.facts()));
        out.put(MAKER, maker());
        for (FactDefinition f : v.facts()) {
            if (f.type() == FactType.ENUM) {
                out.put(PACKAGE + "." + f.typeName(), enumClass(f));
            }
        }
        return out;
    }

    /** {@code public final class CaseMaker implements Vocabulary.CaseMaker { make(v, values, date) → new Case(...) }}. */
    private static byte[] maker() {
        ClassWriter cw = writer();
        String self = internal(MAKER);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, self, null, "java/lang/Object",
                new String[] {VOCABULARY + "$CaseMaker"});
        cw.visitInnerClass(VOCABULARY + "$CaseMaker", VOCABULARY, "CaseMaker",
                ACC_PUBLIC | ACC_STATIC | ACC_INTERFACE | ACC_ABSTRACT);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor make = cw.visitMethod(ACC_PUBLIC, "make", "(L" + VOCABULARY
                + ";[Ljava/lang/Object;Ljava/time/LocalDate;)Lorg/icerules/model/facts/Case;", null, null);
        make.visitCode();
        String theCase = internal(CASE);
        make.visitTypeInsn(NEW, theCase);
        make.visitInsn(DUP);
        make.visitVarInsn(ALOAD, 1);
        make.visitVarInsn(ALOAD, 2);
        make.visitVarInsn(ALOAD, 3);
        make.visitMethodInsn(INVOKESPECIAL, theCase, "<init>", CaseBytecode.CONSTRUCTOR, false);
        make.visitInsn(ARETURN);
        make.visitMaxs(0, 0);
        make.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * {@code public enum X implements FactValue { A, B }} as javac writes it: ACC_ENUM constants in
     * order, the synthetic {@code $VALUES} filled by {@code $values()}, {@code values()},
     * {@code valueOf(String)}, a private {@code (String, int)} constructor, and the generic
     * signatures ({@code Enum<X>}).
     */
    private static byte[] enumClass(FactDefinition f) {
        ClassWriter cw = writer();
        String self = enumInternal(f);
        String desc = "L" + self + ";";
        String array = "[" + desc;
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_ENUM, self,
                "Ljava/lang/Enum<" + desc + ">;L" + FACT_VALUE + ";", "java/lang/Enum", new String[] {FACT_VALUE});
        List<String> constants = f.values().stream().map(DrlNames::constant).toList();
        for (String c : constants) {
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL | ACC_ENUM, c, desc, null, null).visitEnd();
        }
        cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC, "$VALUES", array, null, null).visitEnd();

        MethodVisitor values = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "values", "()" + array, null, null);
        values.visitCode();
        values.visitFieldInsn(GETSTATIC, self, "$VALUES", array);
        values.visitMethodInsn(INVOKEVIRTUAL, array, "clone", "()Ljava/lang/Object;", false);
        values.visitTypeInsn(CHECKCAST, array);
        values.visitInsn(ARETURN);
        values.visitMaxs(0, 0);
        values.visitEnd();

        MethodVisitor valueOf = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "valueOf", "(Ljava/lang/String;)" + desc, null,
                null);
        valueOf.visitCode();
        valueOf.visitLdcInsn(Type.getObjectType(self));
        valueOf.visitVarInsn(ALOAD, 0);
        valueOf.visitMethodInsn(INVOKESTATIC, "java/lang/Enum", "valueOf",
                "(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;", false);
        valueOf.visitTypeInsn(CHECKCAST, self);
        valueOf.visitInsn(ARETURN);
        valueOf.visitMaxs(0, 0);
        valueOf.visitEnd();

        MethodVisitor init = cw.visitMethod(ACC_PRIVATE, "<init>", "(Ljava/lang/String;I)V", "()V", null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(ILOAD, 2);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Enum", "<init>", "(Ljava/lang/String;I)V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor all = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, "$values", "()" + array, null, null);
        all.visitCode();
        pushInt(all, constants.size());
        all.visitTypeInsn(ANEWARRAY, self);
        for (int i = 0; i < constants.size(); i++) {
            all.visitInsn(DUP);
            pushInt(all, i);
            all.visitFieldInsn(GETSTATIC, self, constants.get(i), desc);
            all.visitInsn(AASTORE);
        }
        all.visitInsn(ARETURN);
        all.visitMaxs(0, 0);
        all.visitEnd();

        MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        for (int i = 0; i < constants.size(); i++) {
            clinit.visitTypeInsn(NEW, self);
            clinit.visitInsn(DUP);
            clinit.visitLdcInsn(constants.get(i));
            pushInt(clinit, i);
            clinit.visitMethodInsn(INVOKESPECIAL, self, "<init>", "(Ljava/lang/String;I)V", false);
            clinit.visitFieldInsn(PUTSTATIC, self, constants.get(i), desc);
        }
        clinit.visitMethodInsn(INVOKESTATIC, self, "$values", "()" + array, false);
        clinit.visitFieldInsn(PUTSTATIC, self, "$VALUES", array);
        clinit.visitInsn(RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * A writer that computes stack sizes and frames. The generated code never joins two paths
     * whose types differ, so ASM never needs a common superclass (which it would look up by
     * loading classes, including these not yet defined); asking for one is a bug of this class.
     */
    static ClassWriter writer() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                throw new IllegalStateException("generated code joins " + type1 + " and " + type2);
            }
        };
    }

    /** {@code icerules.vocabulary.Case} → {@code icerules/vocabulary/Case}. */
    static String internal(String className) {
        return className.replace('.', '/');
    }

    /** The internal name of an enum fact's generated type. */
    static String enumInternal(FactDefinition f) {
        return internal(PACKAGE + "." + f.typeName());
    }

    /** Pushes an int constant with the shortest instruction, as javac does. */
    static void pushInt(MethodVisitor m, int value) {
        if (value >= -1 && value <= 5) {
            m.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            m.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            m.visitIntInsn(SIPUSH, value);
        } else {
            m.visitLdcInsn(value);
        }
    }
}
