package org.icerules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Verdict;

import java.util.Collection;
import java.util.Map;

/**
 * The public JSON shapes (spec: "JSON output of run --format json"), built field by field so
 * the order — and so the bytes — never change between runs.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Pretty JSON with a final newline. */
    public static String pretty(Object node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode provision(Provision p) {
        ObjectNode n = object();
        n.put("id", p.id());
        n.put("cite", p.cite());
        n.put("title", p.title());
        n.put("basis", p.basis().wire());
        return n;
    }

    public static ArrayNode provisions(Collection<Provision> ps) {
        ArrayNode a = array();
        ps.forEach(p -> a.add(provision(p)));
        return a;
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    public static ObjectNode stringMap(Map<String, String> map) {
        ObjectNode n = object();
        map.forEach(n::put);
        return n;
    }

    /** Each regime's standing on the day ("in-force", "not-yet-in-force", "no-longer-in-force", "never-law"), in column order. */
    public static ObjectNode standing(java.util.List<org.icerules.model.law.Regime> regimes, java.time.LocalDate day) {
        ObjectNode n = object();
        regimes.forEach(r -> n.put(r.id(), r.validity().standingOn(day).wire()));
        return n;
    }

    /** One verdict: regime, action, status, provisions, because, overridden, notes (+ claims for a conflict). */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode n = object();
        n.put("regime", v.regime());
        n.put("action", v.action().id());
        n.put("status", v.status().wire());
        n.set("provisions", provisions(v.provisions()));
        n.set("because", strings(v.because()));
        n.set("overridden", provisions(v.overridden()));
        n.set("notes", strings(v.notes()));
        if (!v.claims().isEmpty()) {
            ArrayNode claims = array();
            for (Claim c : v.claims()) {
                ObjectNode cn = object();
                cn.put("provision", c.provision().id());
                cn.put("cite", c.provision().cite());
                cn.put("status", c.status().wire());
                claims.add(cn);
            }
            n.set("claims", claims);
        }
        return n;
    }
}
