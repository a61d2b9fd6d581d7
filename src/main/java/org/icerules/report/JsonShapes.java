package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Award;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchReading;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.ValidityEvent;
import org.icerules.model.verdicts.Verdict;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON shape of each concept, so a regime, a provision, a switch, a verdict or a case
 * reads the same in every {@code --format json} and in the web API (whose OpenAPI document,
 * {@code web/openapi.json}, names the same shapes). Where a concept has two forms they are
 * named here:
 * <ul>
 *   <li>a <b>regime</b>: {@link #regimeSummary} (id, title, shortName, jurisdiction, level,
 *       kind, status) and {@link #regimeInFull} (the summary, then dates, validity, sources,
 *       provisions in full, switches in full, notes, award, protects);</li>
 *   <li>a <b>provision</b>: {@link #provision} (id, cite, title, basis: what a verdict cites)
 *       and {@link #provisionInFull} (+ source, summary, href: what a reader reads);</li>
 *   <li>a <b>switch</b>: {@link #switchSummary} (name, regime, values, default) and
 *       {@link #switchInFull} (+ meaning, readings);</li>
 *   <li>a <b>case</b>: {@link #putCase} (date, every fact, interpretations) and
 *       {@link #putCaseExample} (date, only the facts away from their defaults,
 *       interpretations: a case to load into the case builder).</li>
 * </ul>
 * A reference to a regime from another object is its id under {@code regime}. Every shape is
 * built field by field, so the order — and so the bytes — never change between runs.
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    // ---- regime -------------------------------------------------------------------------------

    /** {id, title, shortName, jurisdiction, level, kind, status} */
    public static ObjectNode regimeSummary(Regime r) {
        ObjectNode n = Json.object();
        n.put("id", r.id());
        putRegimeSummary(n, r);
        return n;
    }

    /** The summary's fields after the id, for an object that names its regime under another key. */
    public static void putRegimeSummary(ObjectNode n, Regime r) {
        n.put("title", r.title());
        n.put("shortName", r.shortName());
        n.put("jurisdiction", r.jurisdiction());
        n.put("level", r.level());
        n.put("kind", r.kind());
        n.put("status", r.status());
    }

    /** The summary, then dates, validity, sources, provisions and switches in full, notes, award, protects. */
    public static ObjectNode regimeInFull(Regime r) {
        ObjectNode n = regimeSummary(r);
        ObjectNode dates = Json.object();
        r.dates().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> dates.put(e.getKey(), e.getValue().toString()));
        n.set("dates", dates);
        ObjectNode validity = Json.object();
        validity.put("from", date(r.validity().from()));
        validity.put("to", date(r.validity().to()));
        validity.set("events", events(r.validity().events()));
        n.set("validity", validity);
        ArrayNode sources = Json.array();
        r.sources().forEach(s -> sources.add(source(s)));
        n.set("sources", sources);
        ArrayNode provisions = Json.array();
        r.provisions().forEach(p -> provisions.add(provisionInFull(p)));
        n.set("provisions", provisions);
        ArrayNode switches = Json.array();
        r.switches().forEach(s -> switches.add(switchInFull(s)));
        n.set("switches", switches);
        n.put("notes", r.notes());
        if (r.award() != null) {
            n.set("award", award(r.award()));
        } else {
            n.putNull("award");
        }
        ArrayNode protects = Json.array();
        r.protects().forEach(p -> protects.add(protection(p)));
        n.set("protects", protects);
        ArrayNode preempts = Json.array();
        r.preempts().forEach(p -> preempts.add(levelPreemption(p)));
        n.set("preempts", preempts);
        return n;
    }

    public static ObjectNode source(Source s) {
        ObjectNode n = Json.object();
        n.put("title", s.title());
        n.put("date", s.date());
        n.put("where", s.where());
        n.put("href", s.href());
        return n;
    }

    /** {amount, currency, date, note} */
    public static ObjectNode award(Award a) {
        ObjectNode n = Json.object();
        n.put("amount", a.amount());
        n.put("currency", a.currency());
        n.put("date", date(a.date()));
        n.put("note", a.note());
        return n;
    }

    /**
     * A dated change of standing: {date, change, note, actions, reading} (no actions: the regime as
     * a whole; reading: the switch values the dated record puts in force from that day, often none).
     */
    public static ArrayNode events(List<ValidityEvent> events) {
        ArrayNode a = Json.array();
        for (ValidityEvent e : events) {
            ObjectNode n = Json.object();
            n.put("date", date(e.date()));
            n.put("change", e.change());
            n.put("note", e.note());
            n.set("actions", actionIds(e.actions()));
            n.set("reading", Json.stringMap(e.readings()));
            a.add(n);
        }
        return a;
    }

    static ObjectNode levelPreemption(LevelPreemption p) {
        ObjectNode n = Json.object();
        n.put("provision", p.provision());
        ArrayNode levels = Json.array();
        p.levels().forEach(levels::add);
        n.set("levels", levels);
        n.set("actions", actionIds(p.actions()));
        n.put("ground", p.ground());
        n.put("note", p.note());
        return n;
    }

    static ObjectNode protection(Protection p) {
        ObjectNode n = Json.object();
        n.put("provision", p.provision());
        n.set("actions", actionIds(p.actions()));
        n.put("note", p.note());
        return n;
    }

    // ---- provision, claim, rule ---------------------------------------------------------------

    /** {id, cite, title, basis}: a provision as a verdict cites it. */
    public static ObjectNode provision(Provision p) {
        ObjectNode n = Json.object();
        putProvision(n, p);
        return n;
    }

    /** The provision's fields, for an object that adds its own around them (a provision in a layer). */
    public static void putProvision(ObjectNode n, Provision p) {
        n.put("id", p.id());
        n.put("cite", p.cite());
        n.put("title", p.title());
        n.put("basis", p.basis().wire());
    }

    public static ArrayNode provisions(Collection<Provision> ps) {
        ArrayNode a = Json.array();
        ps.forEach(p -> a.add(provision(p)));
        return a;
    }

    /** {id, cite, title, basis, source, summary, href}: a provision as a reader reads it. */
    public static ObjectNode provisionInFull(Provision p) {
        ObjectNode n = provision(p);
        n.put("source", p.source());
        n.put("summary", p.summary() == null ? null : p.summary().strip());
        n.put("href", p.href());
        return n;
    }

    /** One side of a conflict: {provision, cite, status}. */
    public static ArrayNode claims(List<Claim> claims) {
        ArrayNode a = Json.array();
        for (Claim c : claims) {
            ObjectNode n = Json.object();
            n.put("provision", c.provision().id());
            n.put("cite", c.provision().cite());
            n.put("status", c.status().wire());
            a.add(n);
        }
        return a;
    }

    /** A rule as written: {name, provision, status, file, line} (status null for a rule that only notes). */
    public static ObjectNode rule(RuleInfo r) {
        ObjectNode n = Json.object();
        n.put("name", r.name());
        n.put("provision", r.provision());
        n.put("status", r.status() == null ? null : r.status().wire());
        n.put("file", r.file());
        n.put("line", r.line());
        return n;
    }

    // ---- switch -------------------------------------------------------------------------------

    /** {name, regime, values, default} */
    public static ObjectNode switchSummary(SwitchSpec s) {
        ObjectNode n = Json.object();
        n.put("name", s.name());
        n.put("regime", s.regime());
        n.set("values", Json.strings(s.values()));
        n.put("default", s.defaultValue());
        return n;
    }

    /** The summary, then meaning and readings: {value, meaning, held-by, sources} for each documented value. */
    public static ObjectNode switchInFull(SwitchSpec s) {
        ObjectNode n = switchSummary(s);
        n.put("meaning", s.meaning());
        ArrayNode readings = Json.array();
        for (SwitchReading reading : s.readings()) {
            ObjectNode rn = Json.object();
            rn.put("value", reading.value());
            rn.put("meaning", reading.meaning());
            rn.put("held-by", reading.heldBy());
            rn.set("sources", Json.strings(reading.sources()));
            readings.add(rn);
        }
        n.set("readings", readings);
        return n;
    }

    // ---- verdict ------------------------------------------------------------------------------

    /** One verdict: regime, action, status, provisions, because, overridden, notes (+ claims for a conflict). */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode n = Json.object();
        n.put("regime", v.regime());
        n.put("action", v.action().id());
        n.put("status", v.status().wire());
        n.set("provisions", provisions(v.provisions()));
        n.set("because", Json.strings(v.because()));
        n.set("overridden", provisions(v.overridden()));
        n.set("notes", Json.strings(v.notes()));
        if (!v.claims().isEmpty()) {
            n.set("claims", claims(v.claims()));
        }
        return n;
    }

    public static ArrayNode verdicts(List<Verdict> vs) {
        ArrayNode a = Json.array();
        vs.forEach(v -> a.add(verdict(v)));
        return a;
    }

    // ---- case and scenario --------------------------------------------------------------------

    /** Adds {date, facts (every fact, by its scenario name), interpretations} to {@code n}. */
    public static void putCase(ObjectNode n, Case facts, Map<String, String> readings) {
        n.put("date", facts.date().toString());
        n.set("facts", Json.stringMap(facts.vocabulary().toWire(facts)));
        n.set("interpretations", Json.stringMap(readings));
    }

    /** Adds {date, facts (only those away from their defaults), interpretations}: a case to load and try. */
    public static void putCaseExample(ObjectNode n, Case facts, Map<String, String> readings) {
        n.put("date", facts.date().toString());
        n.set("facts", Json.stringMap(ExampleScenario.nonDefaultFacts(facts)));
        n.set("interpretations", Json.stringMap(readings));
    }

    /** A scenario of the library: {id, title, jurisdiction, date, source, notes, facts, interpretations}. */
    public static ObjectNode scenario(Scenario s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("jurisdiction", s.jurisdiction()); // its place: the page asks for that place's regimes
        n.put("date", s.date().toString());
        n.put("source", s.source());
        n.put("notes", s.notes());
        Map<String, String> facts = s.facts().vocabulary().toWire(s.facts());
        s.unknown().forEach(u -> facts.put(u, "unknown")); // the file's "unknown", not the placeholder default
        n.set("facts", Json.stringMap(facts));
        n.set("interpretations", Json.stringMap(new TreeMap<>(s.readings())));
        return n;
    }

    private static ArrayNode actionIds(List<Action> actions) {
        return Json.strings(actions.stream().map(Action::id).toList());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Each regime's standing on the day ("in-force", "not-yet-in-force", "no-longer-in-force", "never-law"), in column order. */
    public static ObjectNode standing(List<Regime> regimes, java.time.LocalDate day) {
        ObjectNode n = Json.object();
        regimes.forEach(r -> n.put(r.id(), r.validity().standingOn(day).wire()));
        return n;
    }
}
