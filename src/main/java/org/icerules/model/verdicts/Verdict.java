package org.icerules.model.verdicts;

import java.util.List;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;

/**
 * The resolved answer of one regime on one action.
 *
 * @param provisions the provisions that decide (for a conflict: every side)
 * @param because    the facts and readings the deciding rules, and the exceptions that could
 *                   have defeated them, read — as {@code fact = value}
 * @param overridden provisions that applied but gave way to an exception
 * @param notes      caveats attached by rules (e.g. a condition that cannot be met in time)
 * @param claims     for a conflict, what each disagreeing provision says; empty otherwise
 */
public record Verdict(String regime, Action action, Status status, List<Provision> provisions,
                      List<String> because, List<Provision> overridden, List<String> notes,
                      List<Claim> claims) {
}
