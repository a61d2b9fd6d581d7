package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script's own duties, checked without building anything: it refuses a Java older
 * than 17 (or none) before it builds, and it documents every environment variable it reads.
 */
class LauncherTest {
    static final Path LAUNCHER = Path.of("ice-rules").toAbsolutePath();

    @TempDir
    Path tmp;

    record Result(int status, String err) {
    }

    private Result launch(Path javaHome, String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash");
        var command = new java.util.ArrayList<>(java.util.List.of("bash", LAUNCHER.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), err);
    }

    /** A JDK that says it is {@code version}, in its release file or only when asked. */
    private Path fakeJdk(String version, boolean releaseFile) throws IOException {
        Path home = tmp.resolve("jdk-" + version + (releaseFile ? "" : "-bare"));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (releaseFile) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }

    @Test
    void aJavaOlderThan17IsRefusedSayingWhich() throws Exception {
        for (Path jdk : java.util.List.of(fakeJdk("11.0.2", true), fakeJdk("11.0.2", false), fakeJdk("1.8.0_352", true))) {
            Result r = launch(jdk, "--version");
            assertThat(r.status()).as(jdk.toString()).isEqualTo(2);
            assertThat(r.err()).as(jdk.toString()).startsWith("ice-rules: needs Java 17 or later; " + jdk.resolve("bin/java")
                    + " is Java ").doesNotContain("building");
        }
    }

    @Test
    void noJavaAtAllIsRefusedWithWhatToDo() throws Exception {
        Result r = launch(tmp.resolve("no-such-jdk"), "--version");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("ice-rules: needs Java 17 or later, and found no java in JAVA_HOME")
                .contains("set JAVA_HOME");
    }

    /**
     * The JVM options the launcher starts a command with: the launcher is copied beside a jar that
     * is newer than any source (so nothing is built), and a JDK whose java prints its arguments.
     */
    private String jvmOptionsFor(String... args) throws IOException, InterruptedException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.copy(LAUNCHER, project.resolve("ice-rules"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/ice-rules.jar"), "");
        Path home = tmp.resolve("jdk-echo");
        Path echo = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(echo, "#!/bin/sh\necho \"$@\" >&2\n");
        Files.setPosixFilePermissions(echo, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        var command = new java.util.ArrayList<>(java.util.List.of("bash", project.resolve("ice-rules").toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("JAVA_HOME", home.toString());
        pb.environment().put("ICE_RULES_CDS", "off");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        return err;
    }

    @Test
    void serveRunsWithServerSettingsAndCommandsWithClientOnes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash");
        String serve = jvmOptionsFor("serve", "--port", "0");
        assertThat(serve).contains("-XX:+UseG1GC", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-jar", "serve --port 0")
                .doesNotContain("TieredStopAtLevel").doesNotContain("UseSerialGC");
        String run = jvmOptionsFor("list", "actions");
        assertThat(run).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("UseG1GC");
        assertThat(jvmOptionsFor("serve", "--help")).as("help is a short command").contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void everyEnvironmentVariableTheLauncherReadsIsDocumentedAtItsTopAndInTheReadme() throws IOException {
        String script = Files.readString(LAUNCHER);
        String header = script.substring(0, script.indexOf("\nset -euo pipefail"));
        String readme = Files.readString(Path.of("README.md"));
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)").matcher(script.substring(header.length()));
        while (m.find()) {
            read.add(m.group(1));
        }
        // the script's own variables are assigned in it; what is left comes from the environment
        Matcher assigned = Pattern.compile("(?m)^\\s*(?:local\\s+)?([A-Z][A-Z0-9_]*)=").matcher(script);
        while (assigned.find()) {
            if (!assigned.group(1).equals("JAVA_HOME")) {
                read.remove(assigned.group(1));
            }
        }
        read.remove("BASH_SOURCE"); // bash's own
        assertThat(read).contains("ICE_RULES_CACHE", "ICE_RULES_RULES", "ICE_RULES_CDS", "JAVA_HOME");
        for (String variable : read) {
            assertThat(header).as("the launcher's header documents " + variable).containsPattern("#\\s+" + variable + "\\s");
            assertThat(readme).as("README documents " + variable).contains("`" + variable + "`");
        }
    }
}
