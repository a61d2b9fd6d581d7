package org.icerules.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.icerules.batch.RowsCsv;
import org.icerules.batch.SampleBookings;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code sample-bookings}: SYNTHETIC bookings as a CSV that {@code batch} reads, the same for the same seed. */
@Command(name = "sample-bookings", mixinStandardHelpOptions = true,
        description = "Writes SYNTHETIC jail bookings as CSV for trying batch at scale, shaped by public figures "
                + "(about 70 bookings a day; ICE's monthly release-date requests); deterministic for a seed. "
                + "See docs/sample-bookings.md.")
public final class SampleBookingsCommand implements Callable<Integer> {
    @Option(names = "--seed", paramLabel = "N", description = "the seed (default 1)")
    long seed = 1;

    @Option(names = "--rows", paramLabel = "N", description = "how many rows (default: 70 a day over the range)")
    Long rows;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day (default 2016-01-01)")
    LocalDate from = LocalDate.of(2016, 1, 1);

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day (default 2024-12-31)")
    LocalDate to = LocalDate.of(2024, 12, 31);

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = Output.ReportFile.class,
            description = "write to this file (atomically) instead of standard output")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (to.isBefore(from)) {
            throw new InputException(new InputProblem("--from/--to", 0, 0, "to", "the range ends (" + to
                    + ") before it starts (" + from + ")"));
        }
        long n = rows != null ? rows : SampleBookings.defaultRows(from, to);
        if (n < 0) {
            throw new InputException(new InputProblem("--rows", 0, 0, "rows", "expected 0 or more, found " + n));
        }
        if (file != null) {
            try (RowsCsv out = new RowsCsv(file, SampleBookings.COLUMNS)) {
                SampleBookings.generate(seed, n, from, to, out::write);
                out.commit();
            }
            return 0;
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        SampleBookings.COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter w = new CsvMapper().writerFor(String[].class)
                .with(schema.build().withHeader().withLineSeparator("\n")).writeValues(spec.commandLine().getOut())) {
            SampleBookings.generate(seed, n, from, to, w::write);
        }
        return 0;
    }
}
