package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.ActionDefinition;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.VocabularyDefinition;
import org.kie.memorycompiler.KieMemoryCompiler;
import org.kie.memorycompiler.KieMemoryCompilerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes a vocabulary stands for — {@code icerules.vocabulary.Case} and its enums — compiled
 * from {@link VocabularySource} and defined in a class loader of their own, so two rules folders
 * with different vocabularies live side by side in one JVM. Compiling takes about a second, so
 * the class bytes are kept in the rule-base cache folder under a hash of what the classes are made
 * of (an edited vocabulary has another hash: a stale class is never used); a cached load costs
 * milliseconds, and does not even write the source.
 */
public final class VocabularyClasses {
    /**
     * The classes of each vocabulary this process has loaded, by hash: immutable, and one class per
     * vocabulary keeps a case made anywhere matchable by every rule base compiled against it.
     */
    private static final Map<String, VocabularyClasses> LOADED = new ConcurrentHashMap<>();
    /** Each vocabulary made, by the hash of all it declares (labels and defaults too). */
    private static final Map<String, Vocabulary> MADE = new ConcurrentHashMap<>();
    private final String hash;
    private final Loader loader;
    private final Class<? extends Case> caseClass;
    private final Map<String, Class<?>> enumTypes = new LinkedHashMap<>();
    private final Vocabulary.CaseMaker maker;

    private VocabularyClasses(VocabularyDefinition definition, String hash, Map<String, byte[]> bytes) {
        this.hash = hash;
        this.loader = new Loader(bytes, VocabularyClasses.class.getClassLoader());
        try {
            this.caseClass = Class.forName(VocabularySource.CASE, true, loader).asSubclass(Case.class);
            for (FactDefinition f : definition.facts()) {
                if (f.type() == FactType.ENUM) {
                    enumTypes.put(f.name(), Class.forName(VocabularySource.PACKAGE + "." + f.typeName(), true, loader));
                }
            }
            this.maker = (Vocabulary.CaseMaker) Class.forName(VocabularySource.MAKER, true, loader)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated vocabulary classes do not load", e);
        }
    }

    /** The classes of this vocabulary, from the configured rule-base cache or compiled afresh (and stored there). */
    public static VocabularyClasses of(VocabularyDefinition definition) {
        return of(definition, RuleBaseCache.configured());
    }

    static VocabularyClasses of(VocabularyDefinition definition, RuleBaseCache cache) {
        String hash = hash(shape(definition, false));
        VocabularyClasses loaded = LOADED.get(hash);
        return loaded != null ? loaded : LOADED.computeIfAbsent(hash, h -> load(definition, h, cache));
    }

    /** Loads the classes anew (from the cache or compiled), whatever this process loaded before: for tests. */
    static VocabularyClasses fresh(VocabularyDefinition definition, RuleBaseCache cache) {
        return load(definition, hash(shape(definition, false)), cache);
    }

    /** The vocabulary of a rules folder ({@code vocabulary.yaml} and additions), with its classes. */
    public static Vocabulary load(java.nio.file.Path rulesDir) {
        return vocabulary(VocabularyReader.load(rulesDir));
    }

    /**
     * The vocabulary these definitions declare, over the classes generated from them. Its hash
     * covers everything declared (a default or a label is not in the classes, but is in the hash).
     */
    public static Vocabulary vocabulary(VocabularyDefinition definition) {
        VocabularyClasses classes = of(definition);
        String full = hash(shape(definition, true));
        return MADE.computeIfAbsent(full, h -> new Vocabulary(definition, h, classes.enumTypes, classes.maker,
                classes.loader));
    }

    private static VocabularyClasses load(VocabularyDefinition definition, String hash, RuleBaseCache cache) {
        Map<String, byte[]> bytes = cache.enabled() ? unpack(cache.readClasses(hash)) : null;
        if (bytes == null || !bytes.containsKey(VocabularySource.CASE) || !bytes.containsKey(VocabularySource.MAKER)) {
            bytes = compile(VocabularySource.of(definition));
            if (cache.enabled()) {
                cache.writeClasses(hash, pack(bytes));
            }
        }
        return new VocabularyClasses(definition, hash, bytes);
    }

    private static Map<String, byte[]> compile(Map<String, String> sources) {
        try {
            return KieMemoryCompiler.compileNoLoad(sources, VocabularyClasses.class.getClassLoader());
        } catch (KieMemoryCompilerException e) {
            // the reader refuses every name that would not compile; this is a bug, said plainly
            throw new InputException(new InputProblem(VocabularyReader.FILE, 0, 0, null,
                    "the vocabulary's classes do not compile: " + e.getMessage()));
        }
    }

    /**
     * What the generated classes are made of — each fact's name, type, values and bounds, with
     * the generator's version and the Java release — or, with {@code everything}, all the
     * vocabulary declares (defaults, labels, questions, actions). Written with one builder, not
     * from the generated source: a cached start need not generate it.
     */
    static String shape(VocabularyDefinition definition, boolean everything) {
        StringBuilder s = new StringBuilder(VocabularySource.VERSION).append('\u0000')
                .append(System.getProperty("java.specification.version", "?"));
        for (FactDefinition f : definition.facts()) {
            s.append('\u0000').append(f.name()).append('\u0001').append(f.type().wire());
            for (String v : f.values()) {
                s.append('\u0001').append(v);
            }
            s.append('\u0001').append(f.min()).append('\u0001').append(f.max());
            if (everything) {
                s.append('\u0001').append(f.defaultValue()).append('\u0001').append(f.label())
                        .append('\u0001').append(f.question());
            }
        }
        if (everything) {
            for (ActionDefinition a : definition.actions()) {
                s.append('\u0000').append(a.id()).append('\u0001').append(a.question());
            }
        }
        return s.toString();
    }

    /** SHA-256 of a text, in hex. */
    static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pack(Map<String, byte[]> classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                out.writeUTF(c.getKey());
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unpack(byte[] packed) {
        if (packed == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int n = in.readInt();
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                if (!name.startsWith(VocabularySource.PACKAGE + ".")) {
                    return null; // only the vocabulary's own package is ever defined from the cache
                }
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out.put(name, b);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The SHA-256 of the generated source. */
    public String hash() {
        return hash;
    }

    /** The loader rules are compiled with and cached rule bases are read through. */
    public ClassLoader loader() {
        return loader;
    }

    public Class<? extends Case> caseClass() {
        return caseClass;
    }

    /** The generated enum of an enum fact, by the fact's name; null for another fact. */
    public Class<?> enumType(String factName) {
        return enumTypes.get(factName);
    }

    /** A class that is not there: expected by whoever asks (MVEL's guesses), so it needs no stack trace. */
    private static final class Missing extends ClassNotFoundException {
        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Defines the vocabulary's package from its bytes; everything else comes from the tool's own loader. */
    static final class Loader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        /** The namespace of the vocabulary's package and of rule packages; the tool's own is {@code org.icerules}. */
        private static final String OWN_NAMESPACE = VocabularySource.PACKAGE.substring(0,
                VocabularySource.PACKAGE.indexOf('.') + 1);
        private final Map<String, byte[]> bytes;
        private final java.util.Set<String> missing = ConcurrentHashMap.newKeySet();

        Loader(Map<String, byte[]> bytes, ClassLoader parent) {
            super("ice-rules-vocabulary", parent);
            this.bytes = Map.copyOf(bytes);
        }

        /**
         * Every rule base of the folder asks its classes through this loader, and when it compiles
         * a constraint MVEL tries each word of it as a class of every imported package and of none
         * ({@code icerules.vocabulary.warrant}, {@code java.lang$Warrant}, {@code Case}, …): a cold
         * run asks for over a thousand classes that do not exist, each miss a search of every jar
         * of the class path, a third of the first evaluation. So a miss is remembered (the class
         * path does not change while the tool runs), and a name under {@code icerules.} (the
         * vocabulary's package, and by convention the rules' own) is answered here alone: the
         * rules' generated classes are defined by Drools' loaders below this one, which look in
         * their own store next.
         */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (missing.contains(name)) {
                throw new Missing(name);
            }
            if (!name.startsWith(OWN_NAMESPACE)) {
                try {
                    return super.loadClass(name, resolve);
                } catch (ClassNotFoundException e) {
                    missing.add(name);
                    throw e;
                }
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = bytes.get(name);
            if (b == null) {
                missing.add(name);
                throw new Missing(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        /** The class files too: the rule compiler reads a class's bytes, not the class. */
        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] b = bytes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (b != null) {
                    return new ByteArrayInputStream(b);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
