package org.icerules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a reader needs to cite a report and reproduce it: the tool's version, a hash of the
 * rules folder, the readings in force, each scenario file's hash and date, and — only if the
 * user gave one — a generation date. No wall-clock time, so the same inputs give the same bytes.
 *
 * @param generated the date given with {@code --generated}, or null
 */
public record Receipt(String version, String rulesHash, Map<String, String> switches,
                      List<ScenarioRef> scenarios, String command, LocalDate generated) {

    /** One scenario file: as named on the command line, its SHA-256, and the scenarios' ids and dates. */
    public record ScenarioRef(String file, String sha256, String id, LocalDate date) {
    }

    /** SHA-256 over the sorted relative paths and contents of every file under the folder. */
    public static String hashFolder(Path folder) {
        MessageDigest md = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = files.stream()
                .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        try {
            for (String name : names) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(folder.resolve(name)));
                md.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String hashFile(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
