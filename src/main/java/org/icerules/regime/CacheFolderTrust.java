package org.icerules.regime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Whether a rule-base cache folder may be used. A cache entry is code, so a folder someone
 * else can write to could hand this process a stranger's bytecode: outside the project, the
 * folder (and each entry) must belong to the user running the tool and be writable by no one
 * else. Inside the project the checkout is already trusted as much as its code.
 */
final class CacheFolderTrust {
    private static final Path PROJECT = projectHome();

    private CacheFolderTrust() {
    }

    /**
     * Why a cache folder (or an entry in it) outside the project must not be trusted — owned by
     * someone else, or writable by others — or null when it may be. Skipped where the file system
     * has no owners or POSIX permissions.
     */
    static String untrusted(Path p, boolean folder) {
        try {
            Path real = p.toRealPath();
            if (PROJECT != null && real.startsWith(PROJECT)) {
                return null;
            }
            UserPrincipal owner = Files.getOwner(real);
            UserPrincipal me = real.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!owner.equals(me)) {
                return (folder ? "the folder" : "the entry") + " belongs to " + owner.getName() + ", not to you";
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(real);
            if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                return (folder ? "the folder" : "the entry") + " can be written by others ("
                        + PosixFilePermissions.toString(perms) + ")";
            }
            return null;
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return null; // no owners or POSIX permissions here: nothing to check
        }
    }

    /** Permissions for a cache folder this tool makes: the user's alone (none where there is no POSIX). */
    static FileAttribute<?>[] ownerOnly() {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    /**
     * The project this build runs from (the folder above target/), or null: its own cache folder
     * is as trusted as its code. {@code -Dicerules.home} (set by the launcher) wins.
     */
    private static Path projectHome() {
        try {
            String home = System.getProperty("icerules.home");
            if (home != null && !home.isBlank()) {
                return Path.of(home).toRealPath();
            }
            Path where = Path.of(CacheFolderTrust.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = where.toRealPath().getParent(); // target/ice-rules.jar or target/classes
            return target == null || target.getParent() == null ? null : target.getParent();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
