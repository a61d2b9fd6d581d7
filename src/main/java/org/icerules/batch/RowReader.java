package org.icerules.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Streams the records of an export one at a time — CSV with a header row, or JSON Lines (one
 * object per line) — through Jackson's parsers, so memory does not grow with the file.
 */
public final class RowReader implements Closeable {
    private final String file;
    private final Counting in;
    private final MappingIterator<?> records;
    private final JsonParser parser;
    private final boolean csv;
    private List<String> header;

    private RowReader(Path path) throws IOException {
        this.file = path.toString();
        this.in = new Counting(Files.newInputStream(path));
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        this.csv = !(name.endsWith(".jsonl") || name.endsWith(".ndjson"));
        if (csv) {
            CsvMapper mapper = new CsvMapper();
            records = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
        } else {
            records = new ObjectMapper().readerFor(JsonNode.class).readValues(in);
        }
        parser = records.getParser();
    }

    /** Opens a {@code .csv} (anything but {@code .jsonl}/{@code .ndjson}) or a JSON Lines file. */
    public static RowReader open(Path path) throws IOException {
        return new RowReader(path);
    }

    /** The bytes read so far (for the progress bar). */
    public long bytesRead() {
        return in.count;
    }

    /** The CSV header's column names (after the first {@link #next}); null for JSON Lines. */
    public List<String> header() {
        return header;
    }

    /** The next record, or null at the end; a record that is not valid CSV or JSON is bad input. */
    public RawRow next() {
        try {
            if (csv && header == null) {
                if (!records.hasNextValue()) {
                    throw new InputException(new InputProblem(file, 1, 0, null, "empty file: expected a header row "
                            + "naming the columns (id, date and facts)"));
                }
                header = List.of(trimmed((String[]) records.nextValue()));
            }
            if (!records.hasNextValue()) {
                return null;
            }
            Object value = records.nextValue();
            long line = parser.currentTokenLocation().getLineNr();
            if (csv) {
                String[] cells = (String[]) value;
                if (cells.length == 1 && cells[0].isEmpty()) {
                    return next(); // a blank line
                }
                return new RawRow(line, header, Arrays.asList(cells));
            }
            return jsonRow((JsonNode) value, line);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            long line = parser.currentLocation().getLineNr();
            throw new InputException(new InputProblem(file, (int) line, 0, null, "cannot read this as "
                    + (csv ? "CSV" : "JSON Lines") + ": " + firstLine(e.getMessage())));
        }
    }

    private RawRow jsonRow(JsonNode node, long line) {
        if (!node.isObject()) {
            throw new InputException(new InputProblem(file, (int) line, 0, null,
                    "expected one JSON object per line, found " + node.getNodeType().toString().toLowerCase()));
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (var it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            columns.add(e.getKey());
            values.add(e.getValue().isNull() ? "" : e.getValue().isValueNode() ? e.getValue().asText()
                    : e.getValue().toString());
        }
        return new RawRow(line, columns, values);
    }

    private static String[] trimmed(String[] cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i].strip();
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        records.close();
        in.close();
    }

    /** Counts the bytes that pass (read by the parser's thread only). */
    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
