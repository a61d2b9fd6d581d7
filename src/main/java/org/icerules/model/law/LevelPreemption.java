package org.icerules.model.law;

import java.util.List;
import org.icerules.model.facts.Action;

/**
 * A higher law that voids contrary rules of named lower levels (regime.yaml {@code preempts}):
 * where its provision decides one of these actions, a rule of a lower layer at one of these
 * levels that says the contrary is void to the extent of the conflict. Unlike
 * {@link Protection}, the provision may require (or forbid) the act, not only permit it: the
 * lower rule gives way and the higher provision's own answer stands.
 *
 * @param provision the preempting provision (declared in the same regime.yaml)
 * @param levels    the levels of rules/categories.yaml whose contrary rules it voids (lower than its own)
 * @param actions   the acts it speaks to
 * @param ground    the text that says lower layers may not rule otherwise (its cite and words)
 * @param note      why, in plain words (optional)
 */
public record LevelPreemption(String provision, List<String> levels, List<Action> actions, String ground,
                              String note) {

    public LevelPreemption {
        levels = List.copyOf(levels);
        actions = List.copyOf(actions);
    }
}
