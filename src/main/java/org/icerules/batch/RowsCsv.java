package org.icerules.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The per-row CSV, streamed to a temporary file beside the target and moved into place only
 * by {@link #commit}: a run that fails (bad rows found late) leaves nothing behind.
 */
public final class RowsCsv implements Closeable {
    private final Path target;
    private final Path tmp;
    private final SequenceWriter writer;
    private boolean committed;

    public RowsCsv(Path target, List<String> header) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.tmp = this.target.getParent().resolve("." + this.target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        this.writer = mapper.writerFor(String[].class).with(schema.build().withHeader().withLineSeparator("\n"))
                .writeValues(out);
    }

    public void write(String[] record) throws IOException {
        writer.write(record);
    }

    /** Moves the finished file into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit: removes the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
