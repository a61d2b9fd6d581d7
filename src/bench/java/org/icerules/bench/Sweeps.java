package org.icerules.bench;

import java.nio.file.Path;

/** Item 5: diff of two regimes and check of all regimes over the whole fact space. */
final class Sweeps {
    private final Path rules;
    private final int runs;
    private final Table table;

    Sweeps(Path rules, int runs, Table table) {
        this.rules = rules;
        this.runs = runs;
        this.table = table;
    }

    void run() {
        table.note("5", "diff / check over the whole fact space", "n/a: the analysis commands are not built yet");
    }
}
