package org.icerules.web;

import org.icerules.regime.FactPhrases;
import org.icerules.regime.Glossary;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.PlainWords;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain words of a rules folder (glossary and fact phrases, as the CLI reads them), read once
 * per folder: the page says a verdict's why in the same sentence as {@code explain} and the reports.
 */
final class Words {
    private static final Map<Path, PlainWords> BY_FOLDER = new ConcurrentHashMap<>();

    private Words() {
    }

    static PlainWords of(RegimeCatalog catalog) {
        return BY_FOLDER.computeIfAbsent(catalog.rulesDir().toAbsolutePath().normalize(), dir -> new PlainWords(
                Glossary.loadIfPresent(dir), new org.icerules.report.WhySentence(FactPhrases.loadIfPresent(dir, catalog.vocabulary()))));
    }
}
