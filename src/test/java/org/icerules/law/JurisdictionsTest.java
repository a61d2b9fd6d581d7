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

    @Test
    void theDefaultIsAKnownPlace() {
        Jurisdictions ok = Jurisdictions.parse("""
                default: b
                jurisdictions:
                  - {id: a, name: A}
                  - {id: b, name: B, within: a}
                """, "j.yaml");
        assertThat(ok.defaultJurisdiction()).contains("b");
        Throwable t = catchThrowable(() -> Jurisdictions.parse("""
                default: bb
                jurisdictions:
                  - {id: a, name: A}
                  - {id: b, name: B, within: a}
                """, "rules/jurisdictions.yaml"));
        assertThat(((InputException) t).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.key()).isEqualTo("default");
            assertThat(p.message()).contains("unknown jurisdiction 'bb'").contains("did you mean 'b'");
        });
        assertThat(Jurisdictions.parse("jurisdictions:\n  - {id: a, name: A}\n", "j.yaml").defaultJurisdiction())
                .isEmpty();
    }
}
