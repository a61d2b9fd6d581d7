package org.icerules.regime;

import org.icerules.model.facts.ActionDefinition;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.VocabularyDefinition;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes a vocabulary stands for — {@code icerules.vocabulary.Case} and its enums — generated
 * as bytecode by {@link VocabularyBytecode} and defined in a class loader of their own, so two
 * rules folders with different vocabularies live side by side in one JVM. Generating them takes
 * milliseconds, so they are made afresh on every load (nothing on disk can be stale); the hash of
 * what they are made of identifies them within the process and in every rule base's cache key.
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
            this.caseClass = Class.forName(VocabularyBytecode.CASE, true, loader).asSubclass(Case.class);
            for (FactDefinition f : definition.facts()) {
                if (f.type() == FactType.ENUM) {
                    enumTypes.put(f.name(), Class.forName(VocabularyBytecode.PACKAGE + "." + f.typeName(), true, loader));
                }
            }
            this.maker = (Vocabulary.CaseMaker) Class.forName(VocabularyBytecode.MAKER, true, loader)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated vocabulary classes do not load", e);
        }
    }

    /** The classes of this vocabulary: those this process already defined for it, or generated now. */
    public static VocabularyClasses of(VocabularyDefinition definition) {
        String hash = hash(shape(definition, false));
        VocabularyClasses loaded = LOADED.get(hash);
        return loaded != null ? loaded
                : LOADED.computeIfAbsent(hash, h -> new VocabularyClasses(definition, h, VocabularyBytecode.of(definition)));
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

    /**
     * What the generated classes are made of — each fact's name, type, values and bounds, with
     * the generator's version and the Java release — or, with {@code everything}, all the
     * vocabulary declares (defaults, labels, questions, actions).
     */
    static String shape(VocabularyDefinition definition, boolean everything) {
        StringBuilder s = new StringBuilder(VocabularyBytecode.VERSION).append('\u0000')
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

    /** The SHA-256 of what the classes are made of ({@link #shape}). */
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
        private static final String OWN_NAMESPACE = VocabularyBytecode.PACKAGE.substring(0,
                VocabularyBytecode.PACKAGE.indexOf('.') + 1);
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
                return super.loadClass(name, resolve); // a miss ends in findClass, which remembers it
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
            byte[] b = classFile(name);
            return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
        }

        /**
         * The class files as resources for a loader below this one (Drools compiles a rule's
         * consequence through a loader of its own, whose getResourceAsStream asks this getResource).
         */
        @Override
        protected URL findResource(String name) {
            byte[] b = classFile(name);
            if (b == null) {
                return null;
            }
            try {
                return new URL(null, "ice-rules-vocabulary:/" + name, new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL url) {
                        return new URLConnection(url) {
                            @Override
                            public void connect() {
                                // in memory: nothing to open
                            }

                            @Override
                            public InputStream getInputStream() {
                                return new ByteArrayInputStream(b);
                            }
                        };
                    }
                });
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The bytes of {@code icerules/vocabulary/X.class}, or null for any other resource. */
        private byte[] classFile(String resource) {
            if (!resource.endsWith(".class")) {
                return null;
            }
            return bytes.get(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
    }
}
