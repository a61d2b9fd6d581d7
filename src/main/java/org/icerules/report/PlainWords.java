package org.icerules.report;

import org.icerules.regime.FactPhrases;
import org.icerules.regime.Glossary;

import java.util.List;
import java.util.Map;

/**
 * What lets a report speak to a reader who is not a lawyer: the glossary (every HTML report ends
 * with it) and the phrases that turn a verdict's facts into a {@link WhySentence}.
 */
public record PlainWords(Glossary glossary, WhySentence why) {
    /** No glossary, and facts said as "fact is value" (a test, a rules folder without the files). */
    public static final PlainWords NONE = new PlainWords(new Glossary(List.of()), new WhySentence(new FactPhrases(Map.of())));
}
