package org.icerules.model.facts;

import java.io.Serializable;

/**
 * A question asked of every regime: may the city (the actor) take this step? Declared in
 * {@code rules/vocabulary.yaml}; {@code index} is its place there, so per-action tables are arrays.
 */
public final class Action implements Serializable, Comparable<Action> {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String question;
    private final int index;

    public Action(String id, String question, int index) {
        this.id = id;
        this.question = question;
        this.index = index;
    }

    /** The spec's id, e.g. {@code hold-past-release}. */
    public String id() {
        return id;
    }

    public String question() {
        return question;
    }

    /** The action's place in the vocabulary. */
    public int index() {
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Action a && a.index == index && a.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Vocabulary order. */
    @Override
    public int compareTo(Action o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return id;
    }
}
