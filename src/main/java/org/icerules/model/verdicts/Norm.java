package org.icerules.model.verdicts;

import java.util.List;
import org.icerules.model.facts.Action;

/**
 * What one fired rule concluded about one action: a status resting on a provision and, for
 * an exception, the provisions it overrides ({@code "*"}: a scope rule, every other
 * provision). A rule that only adds a note has a null status. {@code because} lists the
 * facts and readings the rule's conditions read, as {@code fact = value}.
 */
public record Norm(String regime, Action action, Status status, String provision,
                   List<String> overrides, String note, String rule, List<String> because) {
}
