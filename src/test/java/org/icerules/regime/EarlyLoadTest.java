package org.icerules.regime;

import org.icerules.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A folder whose loading was started early gives the next load the same catalog, or the same problems. */
class EarlyLoadTest {
    @TempDir
    Path tmp;

    @Test
    void theNextLoadTakesTheCatalogStartedEarlyOnceThenLoadsAfresh() {
        Path rules = Path.of("rules");
        RegimeCatalog.startLoading(rules);
        RegimeCatalog early = RegimeCatalog.load(rules.toAbsolutePath()); // the same folder, however named
        RegimeCatalog fresh = RegimeCatalog.load(rules);

        assertThat(fresh).isNotSameAs(early);
        assertThat(early.ids()).isEqualTo(fresh.ids());
        assertThat(early.regimes()).allSatisfy(r -> assertThat(r.rules()).isEqualTo(fresh.get(r.id()).rules()));
    }

    @Test
    void theProblemsFoundEarlyAreThrownByTheLoadThatTakesThem() throws IOException {
        Path broken = tmp.resolve("rules");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("categories.yaml"), "levels: [\n");
        InputException direct = (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> RegimeCatalog.load(broken));

        RegimeCatalog.startLoading(broken);
        assertThatThrownBy(() -> RegimeCatalog.load(broken)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).isEqualTo(direct.problems()));
    }
}
