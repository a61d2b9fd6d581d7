package org.icerules.analysis;

import org.icerules.model.verdicts.Status;

import java.util.List;

/**
 * An answer given while some facts are unknown: either one status whatever their values
 * ({@link #isDefinite()}), or {@code depends}, with, for each status, the exact conditions on
 * the unknown facts under which it is the answer.
 *
 * @param status   the status under every value of the unknown facts; null when it depends
 * @param branches one per distinct answer (status and deciding provisions), in status order;
 *                 their patterns cover every combination and each combination once by status
 * @param matters  the unknown facts whose value changes the status, most decisive first
 * @param idle     the unknown facts the rules read that do not change the status here
 * @param unread   the unknown facts no rule for the action reads: they cannot matter
 * @param cases    how many combinations of the unknown facts were weighed
 * @param <T>      the answer for one combination (a verdict, or the law's combined answer)
 */
public record Contingency<T>(Status status, List<Branch<T>> branches, List<Decider> matters, List<String> idle,
                             List<String> unread, long cases) {

    /**
     * One answer and when it holds.
     *
     * @param answer   the answer for one of its combinations (its deciding provisions decide in all of them)
     * @param patterns alternatives, each a conjunction of conditions on the unknown facts; exact:
     *                 every combination a pattern covers gives this answer
     * @param cases    how many combinations give this answer
     */
    public record Branch<T>(Status status, T answer, List<List<Condition>> patterns, long cases) {
        /** The patterns as a reader checks them: {@code warrant = judicial; or …}. */
        public String when() {
            return String.join("; or ", patterns.stream().map(Contingency::text).toList());
        }
    }

    /**
     * How much knowing one unknown fact would settle.
     *
     * @param fact          the fact's name
     * @param remainingBits the uncertainty about the status left, on average over its values
     *                      (each value or range counted once); 0 means knowing it decides
     * @param byValue       for each of its values (or ranges), the statuses still possible, e.g.
     *                      {@code judicial → permitted}
     */
    public record Decider(String fact, double remainingBits, List<String> byValue) {
    }

    public boolean isDefinite() {
        return status != null;
    }

    /** "whatever the warrant and the purpose": the unknown facts that do not change the status, or "". */
    public String whatever() {
        List<String> all = new java.util.ArrayList<>(idle);
        all.addAll(unread);
        if (all.isEmpty()) {
            return "";
        }
        List<String> names = all.stream().map(n -> "the " + n).toList();
        if (names.size() == 1) {
            return "whatever " + names.get(0);
        }
        return "whatever " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The names of the facts that matter, most decisive first. */
    public List<String> matterNames() {
        return matters.stream().map(Decider::fact).toList();
    }

    static String text(List<Condition> pattern) {
        return pattern.isEmpty() ? "always" : String.join(" and ", pattern.stream().map(Condition::text).toList());
    }
}
