package org.icerules.regime;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The compiled rule base of each regime, kept on disk between runs, so a command does not
 * recompile rules that have not changed since the last run (compiling is most of a cold start).
 *
 * <p>An entry is keyed by a SHA-256 of everything the compiled result depends on: the regime's
 * regime.yaml and .drl files (names and bytes), the paths they are reported under, and a
 * fingerprint of the tool's own classes. Any edit to a rule changes the key, so an edited rule
 * always takes effect; a stale, unreadable or foreign entry is ignored and rebuilt. Only a regime
 * that passed every check is stored, so a hit also stands for the analysis and lint that passed.
 *
 * <p>A cache entry is code (a compiled package holds the rules' bytecode), so it is read with
 * care: the entry's header carries a SHA-256 of its serialized bytes, checked before anything is
 * deserialized; deserialization admits only the classes a rule base is made of
 * ({@link CachedClasses}); and a cache folder outside the project is used only when it is the
 * user's own and no one else can write to it (where the file system has POSIX attributes). An
 * entry that fails is ignored and rebuilt, with at most one line of warning per run.
 *
 * <p>Where: {@code -Dicerules.cache=DIR}, else {@code $ICE_RULES_CACHE}, else
 * {@code $XDG_CACHE_HOME/ice-rules} or {@code ~/.cache/ice-rules}; {@code off} turns it off.
 */
final class RuleBaseCache {
    static final String PROPERTY = "icerules.cache";
    // v2: hashed entries; v3: RuleInfo has a column; v4: model in packages; v5: rules, then packages read when
    // first used; v6: a rule stored as a plain class (RuleInfo.Stored)
    private static final String MAGIC = "ice-rules rule base v6";
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024; // entries are 10-200 KB
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    /** Where warnings go: standard error, once per run (a test may listen instead). */
    static volatile Consumer<String> warnings = RuleBaseCache::printOnce;
    private static final int KEEP = 3; // builds kept per regime
    private static final String FINGERPRINT = codeFingerprint();

    /**
     * What a hit gives back: the rules' metadata, read at once, and the compiled packages, read
     * when first asked for (a command seldom runs every regime of the folder: a Denver case needs
     * no California rule base). {@code packages()} gives null, after one line of warning, when
     * they cannot be read; the caller then compiles.
     */
    record Entry(List<RuleInfo> rules, Supplier<Collection<KiePackage>> packages) {
    }

    private final Path dir;

    private RuleBaseCache(Path dir) {
        this.dir = dir;
    }

    /** The cache configured for this process (possibly off). Read each time, so tests can point it elsewhere. */
    static RuleBaseCache configured() {
        String where = System.getProperty(PROPERTY);
        if (where == null) {
            where = System.getenv("ICE_RULES_CACHE");
        }
        if (where == null) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            return new RuleBaseCache(base.resolve("ice-rules"));
        }
        return where.isBlank() || where.equals("off") ? new RuleBaseCache(null) : new RuleBaseCache(Path.of(where));
    }

    boolean enabled() {
        return dir != null;
    }

    /** The key of a regime: its files as read (display path → text, in a stable order). */
    static String key(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC);
            update(sha, FINGERPRINT);
            for (Map.Entry<String, String> f : files.entrySet()) {
                update(sha, f.getKey());
                update(sha, f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /** The stored entry for this key, or null when there is none or it cannot be used. */
    Entry read(String regimeId, String key, ClassLoader loader) {
        if (dir == null) {
            return null;
        }
        Path file = file(regimeId, key);
        if (!Files.isRegularFile(file) || !trusted()) {
            return null;
        }
        byte[] payload;
        try {
            if (Files.size(file) > MAX_ENTRY_BYTES || CacheFolderTrust.untrusted(file, false) != null) {
                return null;
            }
            payload = checkedPayload(Files.readAllBytes(file), key, file);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or foreign entry: compile instead
        }
        if (payload == null) {
            return null;
        }
        byte[] rulesBytes;
        byte[] packagesBytes;
        try (DataInputStream sections = new DataInputStream(new ByteArrayInputStream(payload))) {
            int length = sections.readInt();
            if (length < 0 || length > payload.length - Integer.BYTES) {
                return null;
            }
            rulesBytes = sections.readNBytes(length);
            packagesBytes = sections.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        List<RuleInfo> rules = readSection(rulesBytes, loader, file);
        if (rules == null) {
            return null;
        }
        return new Entry(rules, () -> readSection(packagesBytes, loader, file));
    }

    /** One serialized section of a checked payload, through the filter; null (with a warning if refused) when it fails. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> readSection(byte[] bytes, ClassLoader loader, Path file) {
        CachedClasses filter = new CachedClasses();
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            in.setObjectInputFilter(filter);
            return (List<T>) in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            if (filter.refused() != null) {
                warn("refused the cached rule base " + file + " (it holds " + filter.refused()
                        + ", which a rule base does not); compiling afresh");
            }
            return null;
        }
    }

    /** A payload of two sections: the rules' metadata (its length first), then the packages. */
    static byte[] sections(byte[] rules, byte[] packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Integer.BYTES + rules.length + packages.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rules.length);
            out.write(rules);
            out.write(packages);
        }
        return bytes.toByteArray();
    }

    private static byte[] serialized(Object list) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(list);
        }
        return bytes.toByteArray();
    }

    /**
     * The serialized part of an entry ({@code MAGIC, key, SHA-256 of the rest} then the rest),
     * or null when the entry is for something else or its bytes are not the ones written.
     */
    private static byte[] checkedPayload(byte[] bytes, String key, Path file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            return null;
        }
        byte[] expected = HexFormat.of().parseHex(in.readUTF());
        byte[] payload = in.readAllBytes();
        if (!MessageDigest.isEqual(expected, sha256(payload))) {
            warn("the cached rule base " + file + " is not the one written (its SHA-256 differs); compiling afresh");
            return null;
        }
        return payload;
    }

    /** The bytes of a whole entry: the header, then the payload it vouches for. */
    static byte[] frame(String key, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            out.writeUTF(HexFormat.of().formatHex(sha256(payload)));
            out.write(payload);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores a compiled regime (best effort: a cache that cannot be written only costs time).
     * Call before the packages are added to a rule base, which changes them.
     */
    void write(String regimeId, String key, List<RuleInfo> rules, Collection<KiePackage> packages) {
        if (dir == null) {
            return;
        }
        try {
            byte[] entry = frame(key, sections(serialized(new ArrayList<>(rules)), serialized(new ArrayList<>(packages))));
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, CacheFolderTrust.ownerOnly()); // made here: the user's own, writable by no one else
            }
            if (!trusted()) {
                return;
            }
            removeOlder(regimeId); // before the move, so the new build is never the one removed
            Path tmp = Files.createTempFile(dir, regimeId + "-", ".tmp");
            Files.write(tmp, entry);
            try {
                Files.move(tmp, file(regimeId, key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(regimeId, key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // not fatal: the next run compiles again
        }
    }

    /**
     * Keeps the folder small: only the newest few builds of a regime (another checkout or an
     * undone edit may still want one), the rest are deleted.
     */
    private void removeOlder(String regimeId) throws IOException {
        List<Path> builds = new ArrayList<>();
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, regimeId + "-*.kbase")) {
            old.forEach(builds::add);
        }
        builds.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (Path p : builds.subList(Math.min(builds.size(), KEEP - 1), builds.size())) {
            Files.deleteIfExists(p);
        }
    }

    /** Whether the folder may be read from and written to; warns (once) when it may not. */
    private boolean trusted() {
        if (!Files.isDirectory(dir)) {
            return true; // nothing to read; write() makes it, owner-only
        }
        String why = CacheFolderTrust.untrusted(dir, true);
        if (why != null) {
            warn("not using the rule-base cache " + dir + ": " + why + "; compiling afresh "
                    + "(set ICE_RULES_CACHE to a folder of your own, or to off)");
        }
        return why == null;
    }

    private static void warn(String message) {
        warnings.accept(message);
    }

    /** One line on standard error, at most once per run: the cache only ever costs time. */
    private static void printOnce(String message) {
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("ice-rules: " + message);
        }
    }

    private Path file(String regimeId, String key) {
        return dir.resolve(regimeId + "-" + key.substring(0, 32) + ".kbase");
    }

    /**
     * Identifies the build of the tool: a rebuilt jar (or recompiled classes) may read rules
     * differently, so it must not reuse what an older build stored. Size and time of the jar, or
     * of the newest class file when running from a classes folder (tests).
     */
    private static String codeFingerprint() {
        StringBuilder fp = new StringBuilder(System.getProperty("java.vm.version", "?"));
        try {
            Path where = Path.of(RuleBaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            fp.append('|').append(where);
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    long newest = files.filter(Files::isRegularFile).mapToLong(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).max().orElse(0L);
                    fp.append('|').append(newest);
                }
            } else {
                fp.append('|').append(Files.size(where)).append('|').append(Files.getLastModifiedTime(where).toMillis());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            fp.append("|unknown-").append(System.nanoTime()); // never matches: no reuse without knowing the build
        }
        return fp.toString();
    }
}
