package org.icerules.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples of one measurement: the median and the spread (min–max) the table reports. */
record Stats(List<Double> samples) {
    Stats {
        samples = new ArrayList<>(samples);
        Collections.sort(samples);
    }

    double median() {
        int n = samples.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2;
    }

    double min() {
        return samples.isEmpty() ? Double.NaN : samples.get(0);
    }

    double max() {
        return samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1);
    }
}
