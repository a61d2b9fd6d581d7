package org.icerules.web;

import org.icerules.analysis.Differ;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.report.AnalysisJson;
import org.icerules.report.Json;
import org.icerules.yaml.DidYouMean;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer to GET /api/diff?a=&b=: the {@code diff} command's patterns, as its JSON. A diff
 * enumerates the fact space (about a second), and the same pair always gives the same answer,
 * so each pair is computed once; there are at most n² pairs of the catalog's own regimes.
 */
final class Diffs {
    private final Evaluator evaluator;
    private final Map<String, byte[]> byPair = new ConcurrentHashMap<>();

    Diffs(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    byte[] diff(String a, String b) {
        CompiledRegime first = regime("a", a);
        CompiledRegime second = regime("b", b);
        if (first == second) {
            throw ApiError.badRequest("b", "pick two different regimes (both are '" + a + "')");
        }
        return byPair.computeIfAbsent(first.id() + "\n" + second.id(), k -> Json.pretty(
                AnalysisJson.diff(new Differ(evaluator).diff(first, second, List.of())))
                .getBytes(StandardCharsets.UTF_8));
    }

    private CompiledRegime regime(String param, String id) {
        List<String> ids = evaluator.catalog().ids();
        if (id == null || id.isBlank()) {
            throw ApiError.badRequest(param, "is required: a regime id; known: " + String.join(", ", ids));
        }
        return evaluator.catalog().find(id).orElseThrow(() -> ApiError.badRequest(param, "unknown regime '" + id
                + "'" + DidYouMean.hint(id, ids) + "; known: " + String.join(", ", ids)));
    }
}
