package org.icerules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV through Jackson's CSV writer (RFC 4180 quoting, {@code \n} line ends, UTF-8): a header
 * row, then one row per record, every row as wide as the header — the shape a spreadsheet opens.
 */
final class Csv {
    /** Quote only where the cell needs it (Jackson otherwise quotes every long cell, to save a scan). */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private Csv() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size() + " columns");
            }
            all.add(row);
        }
        try {
            return MAPPER.writer(schema.build().withoutHeader().withLineSeparator("\n")).writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
