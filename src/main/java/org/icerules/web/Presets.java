package org.icerules.web;

import org.icerules.model.Scenario;
import org.icerules.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario library, loaded once when the server starts: the case builder's presets.
 * Requests only ever name a preset by id; nothing a request says is turned into a path.
 */
final class Presets {
    private Presets() {
    }

    /** Every scenario under the folder, or none when there is no such folder. */
    static List<Scenario> load(Path folder, ScenarioLoader loader) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        return List.copyOf(loader.load(List.of(folder)));
    }
}
