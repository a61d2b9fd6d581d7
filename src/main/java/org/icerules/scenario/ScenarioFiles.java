package org.icerules.scenario;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finding and reading scenario files, before any YAML is parsed: what a path names, and whether
 * a file is small enough and text at all. Every failure is an {@link InputProblem} naming the path.
 */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * The files these paths name: a file as given, a folder as every .yaml/.yml in or below it
     * (sorted). A folder with none, or a path that names nothing, is a problem: an empty folder
     * "passing" would hide a wrong path.
     */
    static List<Path> find(List<Path> paths, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(ScenarioFiles::isScenarioFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new InputProblem(p.toString(), 0, 0, null, "cannot read this folder: " + reason(e)));
                    continue;
                }
                if (found.isEmpty()) {
                    problems.add(new InputProblem(p.toString(), 0, 0, null,
                            "no scenario found in this folder (no .yaml or .yml file in it or below it)"));
                }
                files.addAll(found);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(new InputProblem(p.toString(), 0, 0, null, "no such file or folder"));
            }
        }
        return files;
    }

    /** The file's text; refused by its size alone, unread, when over {@code maxBytes}. */
    static String read(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(new InputProblem(file.toString(), 0, 0, null, "the file is " + size
                        + " bytes, over the limit of " + maxBytes + " bytes (" + maxBytes / (1024 * 1024)
                        + " MiB) per scenario file; split it into several files"));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(new InputProblem(file.toString(), 0, 0, null, "not UTF-8 text"));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), 0, 0, null, "cannot read: " + reason(e)));
        }
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    /** "permission denied", not a Java class name: what the operating system said. */
    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
