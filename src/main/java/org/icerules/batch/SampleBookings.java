package org.icerules.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SYNTHETIC jail bookings for trying {@code batch} at scale, shaped by public figures (see
 * docs/sample-bookings.md): about 70 bookings a day, of which the share with an ICE request
 * follows the reported monthly counts of release-date requests. Not real people, not real
 * counts per day: the same seed always gives the same file, byte for byte.
 */
public final class SampleBookings {
    /** Bookings a day in Denver's jails, as reported; sets the default number of rows. */
    public static final int BOOKINGS_PER_DAY = 70;
    private static final double BOOKINGS_PER_MONTH = BOOKINGS_PER_DAY * 365.25 / 12;

    public static final List<String> COLUMNS = List.of("id", "date", "hours-until-release", "conviction",
            "prior-removal-order", "detainer", "warrant", "notification-request", "ice-attestation", "advised-of-rights");

    /** Receives one record at a time. */
    public interface Sink {
        void row(String[] cells) throws IOException;
    }

    private SampleBookings() {
    }

    /** The default number of rows for the range: {@link #BOOKINGS_PER_DAY} for every day. */
    public static long defaultRows(LocalDate from, LocalDate to) {
        return BOOKINGS_PER_DAY * (ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * ICE requests a month on a date: 15 until June 2018, 36 in July-September 2018, 7 (84 a year)
     * from 2024; between October 2018 and 2024, where no figure was published, a straight line.
     */
    public static double requestsPerMonth(LocalDate d) {
        LocalDate surgeStart = LocalDate.of(2018, 7, 1);
        LocalDate surgeEnd = LocalDate.of(2018, 9, 30);
        LocalDate recent = LocalDate.of(2024, 1, 1);
        if (d.isBefore(surgeStart)) {
            return 15;
        }
        if (!d.isAfter(surgeEnd)) {
            return 36;
        }
        if (!d.isBefore(recent)) {
            return 7;
        }
        double t = (double) ChronoUnit.DAYS.between(surgeEnd, d) / ChronoUnit.DAYS.between(surgeEnd, recent);
        return 36 + t * (7 - 36);
    }

    /** Writes {@code rows} bookings spread evenly over the days from {@code from} to {@code to}, in date order. */
    public static void generate(long seed, long rows, LocalDate from, LocalDate to, Sink sink) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int digits = Math.max(6, Long.toString(rows).length());
        for (long i = 0; i < rows; i++) {
            LocalDate date = from.plusDays(i * days / rows);
            boolean request = random.nextDouble() < requestsPerMonth(date) / BOOKINGS_PER_MONTH;
            sink.row(request ? withRequest(random, i, digits, date) : plain(random, i, digits, date));
        }
    }

    private static String[] plain(SplittableRandom r, long i, int digits, LocalDate date) {
        String conviction = pick(r, new String[]{"none", "misdemeanor", "felony"}, new double[]{0.5, 0.3, 0.2});
        return new String[]{id(i, digits), date.toString(), Integer.toString(r.nextInt(97)), conviction,
                "false", "none", "none", "none", "none", Boolean.toString(r.nextDouble() < 0.5)};
    }

    private static String[] withRequest(SplittableRandom r, long i, int digits, LocalDate date) {
        boolean detainer = r.nextDouble() < 0.8;
        String notification = detainer ? "written" : pick(r, new String[]{"written", "verbal"}, new double[]{0.75, 0.25});
        return new String[]{id(i, digits), date.toString(), Integer.toString(r.nextInt(97)),
                pick(r, new String[]{"none", "misdemeanor", "felony", "illegal-entry-or-reentry"},
                        new double[]{0.2, 0.3, 0.45, 0.05}),
                Boolean.toString(r.nextDouble() < 0.3),
                detainer ? "i-247a" : "none",
                pick(r, new String[]{"none", "administrative", "judicial"}, new double[]{0.68, 0.3, 0.02}),
                notification,
                pick(r, new String[]{"none", "convicted-violent-felon", "convicted-gang-member"},
                        new double[]{0.9, 0.07, 0.03}),
                Boolean.toString(r.nextDouble() < 0.5)};
    }

    private static String pick(SplittableRandom r, String[] values, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String id(long i, int digits) {
        String n = Long.toString(i + 1);
        return "b" + "0".repeat(Math.max(0, digits - n.length())) + n;
    }
}
