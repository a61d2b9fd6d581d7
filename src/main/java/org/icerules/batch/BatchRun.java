package org.icerules.batch;

import org.icerules.model.InputProblem;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams an export through the questions: the reading thread cuts the rows into chunks, a
 * small fixed pool parses and evaluates them, and the results are taken back in chunk order,
 * so the output is in input order whatever the number of workers. At most {@code window}
 * chunks are in flight, so memory stays flat in the number of rows. Every problem in the file
 * is collected; once one is found, rows are still checked but no longer evaluated (nothing
 * will be written).
 */
public final class BatchRun {
    /** Problems kept for the report; beyond this only their number is. */
    public static final int PROBLEMS_SHOWN = 1000;

    /** @param workers threads evaluating; chunk rows per task; window chunks in flight at most */
    public record Settings(int workers, int chunk, int window) {
        public static Settings forCores(int workers) {
            return new Settings(workers, 1024, 2 * workers + 1);
        }
    }

    /** The outcome: the counts (meaningful only without problems), and the problems found. */
    public record Result(Summary summary, List<InputProblem> problems, long problemCount) {
        public boolean ok() {
            return problemCount == 0;
        }
    }

    private record Chunk(Summary summary, List<String[]> records, List<InputProblem> problems) {
    }

    private final RowParser parser;
    private final BatchQuestions questions;
    private final Settings settings;

    public BatchRun(RowParser parser, BatchQuestions questions, Settings settings) {
        this.parser = parser;
        this.questions = questions;
        this.settings = settings;
    }

    /** The per-row CSV's columns. */
    public List<String> rowsHeader() {
        return questions.isLaw() ? List.of("id", "date", "jurisdiction", "action", "status", "layer", "citation", "basis")
                : List.of("id", "date", "regime", "action", "status", "citation", "basis");
    }

    /** Runs the whole file; {@code rows} (may be null) receives the per-row records in input order. */
    public Result run(RowReader reader, RowsCsv rows, Progress progress) throws IOException {
        Summary total = new Summary(questions.columns().size(), questions.actions().size());
        List<InputProblem> problems = new ArrayList<>();
        long[] problemCount = {0};
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long read = 0;
        try {
            List<RawRow> buffer = new ArrayList<>(settings.chunk());
            RawRow row;
            boolean headerChecked = false;
            while ((row = reader.next()) != null) {
                if (!headerChecked && reader.header() != null) {
                    headerChecked = true;
                    List<InputProblem> hp = parser.headerProblems(reader.header(), 1);
                    hp.forEach(p -> keep(p, problems, problemCount));
                    if (!hp.isEmpty()) {
                        failed.set(true);
                    }
                }
                buffer.add(row);
                read++;
                if (buffer.size() == settings.chunk()) {
                    List<RawRow> chunk = buffer;
                    boolean csv = reader.header() != null;
                    inFlight.add(pool.submit(() -> evaluate(chunk, csv, rows != null, failed)));
                    buffer = new ArrayList<>(settings.chunk());
                    while (inFlight.size() >= settings.window()) {
                        take(inFlight.poll(), total, rows, problems, problemCount, failed);
                    }
                    progress.update(reader.bytesRead(), read);
                }
            }
            if (!headerChecked && reader.header() != null) {
                parser.headerProblems(reader.header(), 1).forEach(p -> keep(p, problems, problemCount));
            }
            if (!buffer.isEmpty()) {
                List<RawRow> chunk = buffer;
                boolean csv = reader.header() != null;
                inFlight.add(pool.submit(() -> evaluate(chunk, csv, rows != null, failed)));
            }
            while (!inFlight.isEmpty()) {
                take(inFlight.poll(), total, rows, problems, problemCount, failed);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Result(total, List.copyOf(problems), problemCount[0]);
    }

    private void take(Future<Chunk> f, Summary total, RowsCsv rows, List<InputProblem> problems, long[] count,
                      AtomicBoolean failed) throws IOException {
        Chunk c;
        try {
            c = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        c.problems().forEach(p -> keep(p, problems, count));
        if (!c.problems().isEmpty()) {
            failed.set(true);
        }
        if (failed.get()) {
            return;
        }
        total.merge(c.summary());
        if (rows != null) {
            for (String[] r : c.records()) {
                rows.write(r);
            }
        }
    }

    private static void keep(InputProblem p, List<InputProblem> problems, long[] count) {
        count[0]++;
        if (problems.size() < PROBLEMS_SHOWN) {
            problems.add(p);
        }
    }

    /** One chunk, on a worker: parse every row; evaluate while the run has no problems. */
    private Chunk evaluate(List<RawRow> chunk, boolean csv, boolean wantRows, AtomicBoolean failed) {
        Summary s = new Summary(questions.columns().size(), questions.actions().size());
        List<String[]> records = wantRows ? new ArrayList<>() : List.of();
        List<InputProblem> problems = new ArrayList<>();
        List<Action> actions = questions.actions();
        int columns = questions.columns().size();
        for (RawRow raw : chunk) {
            RowParser.Parsed p = parser.parse(raw, !csv);
            if (!p.problems().isEmpty()) {
                problems.addAll(p.problems());
                continue;
            }
            if (failed.get() || !problems.isEmpty()) {
                continue;
            }
            BatchCase c = p.value();
            BatchQuestions.Answers answers = questions.ask(c);
            long[] month = s.row(c.date());
            for (int col = 0; col < columns; col++) {
                for (int a = 0; a < actions.size(); a++) {
                    Status status = answers.status(col, actions.get(a));
                    s.add(month, col, a, status);
                    if (wantRows) {
                        records.add(record(c, col, actions.get(a), status, answers));
                    }
                }
            }
        }
        return new Chunk(s, records, problems);
    }

    private String[] record(BatchCase c, int col, Action a, Status status, BatchQuestions.Answers answers) {
        String[] d = answers.deciding(col, a);
        if (questions.isLaw()) {
            return new String[]{c.id(), c.date().toString(), questions.jurisdiction(), a.id(), status.wire(), d[0], d[1], d[2]};
        }
        return new String[]{c.id(), c.date().toString(), questions.columns().get(col), a.id(), status.wire(), d[1], d[2]};
    }
}
