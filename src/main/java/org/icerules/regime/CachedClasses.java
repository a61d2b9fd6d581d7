package org.icerules.regime;

import java.io.ObjectInputFilter;
import java.util.List;
import java.util.Set;

/**
 * The classes a cached rule base may hold, as a deserialization filter: what a compiled Drools
 * package and the rules' metadata are made of, found by logging every class a load of every
 * regime deserializes, and nothing else. A cache entry naming any other class (the start of a
 * gadget chain, say) is refused before that class's code runs, and the regime is compiled afresh.
 *
 * <p>Drools' and KIE's own packages are allowed whole: a new DRL construct brings new classes
 * of theirs, and a compiled package carries the rules' bytecode anyway, so listing Drools'
 * classes one by one would add breakage, not safety. What keeps a stranger's bytecode out is
 * the check that the cache folder is the user's own ({@link RuleBaseCache}).
 */
final class CachedClasses implements ObjectInputFilter {
    static final long MAX_DEPTH = 100; // a load of every regime reaches 14
    static final long MAX_REFERENCES = 1_000_000; // ~3,000
    static final long MAX_ARRAY = 16L * 1024 * 1024; // the largest, a class's bytecode, ~100 KB

    private static final Set<String> JDK = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Enum", "java.lang.Number", "java.lang.Boolean",
            "java.lang.Byte", "java.lang.Short", "java.lang.Character", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double",
            "java.time.LocalDate", "java.time.Ser",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.HashSet",
            "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.TreeMap", "java.util.TreeSet",
            "java.util.IdentityHashMap", "java.util.Map$Entry", "java.util.CollSer",
            "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
            "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
            "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN",
            "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
            "java.util.Collections$SynchronizedMap", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableCollection",
            "java.util.Collections$UnmodifiableMap", "java.util.Collections$UnmodifiableSet",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.ConcurrentHashMap$CollectionView", "java.util.concurrent.ConcurrentHashMap$KeySetView",
            "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantLock$Sync",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer");

    /** Packages allowed with everything below them. */
    private static final List<String> TREES = List.of(
            "org.drools.base.", "org.drools.core.", "org.drools.mvel.", "org.drools.io.", "org.drools.util.",
            "org.drools.compiler.rule.builder.", "org.kie.api.");

    /** This project's: the rules' metadata (with the status each concludes), and the fact values (enums) their conditions compare with (the facts package). */
    private static final Set<String> OURS = Set.of(RuleInfo.class.getName(), RuleInfo.STORED,
            org.icerules.model.verdicts.Status.class.getName());
    private static final String OUR_FACTS = org.icerules.model.facts.Case.class.getPackageName() + ".";
    /** The classes generated from the vocabulary (the case and its enums), which rules compare with. */
    private static final String VOCABULARY = VocabularyBytecode.PACKAGE + ".";

    private String refused;

    /** The decision per class, made once: the filter is asked for every object a rule base holds. */
    private static final ClassValue<Boolean> ALLOWED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return c.isPrimitive() || allowed(c.getName());
        }
    };

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY) {
            refused = "a structure beyond the limits (depth " + info.depth() + ", array " + info.arrayLength() + ")";
            return Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (ALLOWED.get(c)) {
            return Status.ALLOWED;
        }
        refused = "class " + c.getName();
        return Status.REJECTED;
    }

    static boolean allowed(String name) {
        if (JDK.contains(name) || OURS.contains(name)) {
            return true;
        }
        if (name.startsWith(OUR_FACTS) && name.indexOf('.', OUR_FACTS.length()) < 0
                || name.startsWith(VOCABULARY) && name.indexOf('.', VOCABULARY.length()) < 0) {
            return true;
        }
        return TREES.stream().anyMatch(name::startsWith);
    }

    /** What was refused, for the one-line warning; null when nothing was. */
    String refused() {
        return refused;
    }
}
