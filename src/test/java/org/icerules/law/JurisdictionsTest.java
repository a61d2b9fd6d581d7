package org.icerules.law;

import org.icerules.model.InputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class JurisdictionsTest {
    @Test
    void denverLiesInColoradoInTheUnitedStates() {
        Jurisdictions j = Jurisdictions.load(Path.of("rules"));
        assertThat(j.chain("denver")).containsExactly("denver", "colorado", "united-states");
        assertThat(j.reaches("united-states", "denver")).isTrue();
        assertThat(j.reaches("colorado", "denver")).isTrue();
        assertThat(j.reaches("denver", "colorado")).isFalse();
    }

    @Test
    void anUnknownParentNamesItsLine() {
        Throwable t = catchThrowable(() -> Jurisdictions.parse("""
                jurisdictions:
                  - {id: a, name: A}
                  - {id: b, name: B, within: aa}
                """, "rules/jurisdictions.yaml"));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(((InputException) t).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("unknown jurisdiction 'aa'").contains("did you mean 'a'");
        });
    }

    @Test
    void aCircleIsAnError() {
        assertThat(catchThrowable(() -> Jurisdictions.parse("""
                jurisdictions:
                  - {id: a, name: A, within: b}
                  - {id: b, name: B, within: a}
                """, "j.yaml"))).isInstanceOf(InputException.class).hasMessageContaining("circle");
    }

    @Test
    void everyRegimeNamesAKnownJurisdiction() {
        Jurisdictions j = Jurisdictions.load(Path.of("rules"));
        org.icerules.RegimeVerifier.projectCatalog().regimes()
                .forEach(r -> assertThat(j.knows(r.regime().jurisdiction())).as(r.id()).isTrue());
    }
}
