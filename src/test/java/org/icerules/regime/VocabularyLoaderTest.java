package org.icerules.regime;

import org.icerules.Vocab;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The loader every rule base asks its classes through. MVEL asks it for over a thousand classes
 * that do not exist on a cold run; each miss is answered once from the class path and remembered.
 */
class VocabularyLoaderTest {
    private final ClassLoader loader = Vocab.PROJECT.caseLoader();

    @Test
    void theVocabularysClassesAndTheToolsOwnStillLoad() throws ClassNotFoundException {
        assertThat(loader.loadClass("icerules.vocabulary.Case").getClassLoader()).isSameAs(loader);
        assertThat(loader.loadClass(org.icerules.model.facts.Reading.class.getName()))
                .isSameAs(org.icerules.model.facts.Reading.class);
        assertThat(loader.loadClass("java.lang.String")).isSameAs(String.class);
    }

    @Test
    void aNameUnderTheRulesNamespaceThatIsNotTheVocabularysIsMissingHereAlone() {
        assertThatThrownBy(() -> loader.loadClass("icerules.vocabulary.warrant")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("icerules.denver_ordinance_2017.Rule_X"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aMissIsAskedOfTheClassPathOnceThenRemembered() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        ClassLoader classPath = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                asked.add(name);
                return super.loadClass(name, resolve);
            }
        };
        ClassLoader vocabulary = new VocabularyClasses.Loader(java.util.Map.of(), classPath);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> vocabulary.loadClass("java.lang$Warrant")).isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("java.lang$Warrant");
            assertThatThrownBy(() -> vocabulary.loadClass("icerules.vocabulary.warrant"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(asked).as("once each; never for the rules' own namespace").containsExactly("java.lang$Warrant");
    }
}
