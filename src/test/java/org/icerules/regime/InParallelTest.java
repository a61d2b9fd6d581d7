package org.icerules.regime;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InParallelTest {
    private String threadsBefore;

    @org.junit.jupiter.api.BeforeEach
    void remember() {
        threadsBefore = System.getProperty(InParallel.THREADS_PROPERTY);
    }

    @org.junit.jupiter.api.AfterEach
    void restoreThreads() {
        restore(threadsBefore);
    }

    private static void threads(int n) {
        System.setProperty(InParallel.THREADS_PROPERTY, Integer.toString(n));
    }

    @Test
    void resultsComeBackInTheOrderAskedWhateverFinishesFirst() {
        // the first task waits until the last has run, so they finish in reverse order
        CountDownLatch lastDone = new CountDownLatch(1);
        List<Integer> inputs = List.of(1, 2, 3, 4, 5, 6);
        threads(6);
        List<String> out = InParallel.each(inputs, i -> {
            if (i == 1) {
                await(lastDone);
            }
            if (i == 6) {
                lastDone.countDown();
            }
            return "regime-" + i;
        });
        assertThat(out).containsExactly("regime-1", "regime-2", "regime-3", "regime-4", "regime-5", "regime-6");
    }

    @Test
    void aBugInOneBuildIsRethrownAsItWas() {
        threads(2);
        assertThatThrownBy(() -> InParallel.each(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("bug in build " + i);
            }
            return i;
        })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bug in build 2");
    }

    @Test
    void oneThreadBuildsInTheCallersThread() {
        threads(1);
        Thread caller = Thread.currentThread();
        assertThat(InParallel.each(List.of(1, 2), i -> Thread.currentThread() == caller)).containsExactly(true, true);
    }

    @Test
    void problemsOfSeveralRegimesAreListedInFileOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path rules = tmp.resolve("rules");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Path to = rules.resolve(java.nio.file.Path.of("rules").relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(f, to);
                }
            }
        }
        // break the first regime in file order and the last: the later one is the quicker to refuse
        List<java.nio.file.Path> yamls;
        try (var walk = java.nio.file.Files.walk(rules)) {
            yamls = walk.filter(p -> p.getFileName().toString().equals("regime.yaml")).sorted().toList();
        }
        java.nio.file.Path first = yamls.get(0).getParent();
        java.nio.file.Path last = yamls.get(yamls.size() - 1).getParent();
        java.nio.file.Files.writeString(first.resolve("zz-broken.drl"), "package broken;\nrule \"x\" when Case( then end\n");
        java.nio.file.Files.writeString(last.resolve("zz-broken.drl"), "package broken;\nrule \"y\" when Case( then end\n");
        threads(4);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RegimeCatalog.load(rules));
        assertThat(t).isInstanceOf(org.icerules.model.InputException.class);
        List<String> files = ((org.icerules.model.InputException) t).problems().stream()
                .map(org.icerules.model.InputProblem::file).distinct().toList();
        assertThat(files).containsExactly(
                "rules/" + rules.relativize(first.resolve("zz-broken.drl")),
                "rules/" + rules.relativize(last.resolve("zz-broken.drl")));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other tasks ran alongside").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void restore(String threads) {
        if (threads == null) {
            System.clearProperty(InParallel.THREADS_PROPERTY);
        } else {
            System.setProperty(InParallel.THREADS_PROPERTY, threads);
        }
    }
}
