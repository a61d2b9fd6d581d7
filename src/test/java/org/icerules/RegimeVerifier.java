package org.icerules;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests one provision at a time, in the style of a constraint verifier: give the facts that
 * matter, name the action, assert the status and the deciding provision.
 *
 * <pre>
 * ORDINANCE.given("warrant", "judicial").then("hold-past-release")
 *          .isPermitted().decidedBy("drmc-28-253-judicial-warrant").overriding("drmc-28-253");
 * </pre>
 * Facts are given by spec name and wire value, exactly as in a scenario file; the others
 * keep their defaults. The project's rules/ is loaded once per test JVM.
 */
public final class RegimeVerifier {
    private static RegimeCatalog projectCatalog;
    private final CompiledRegime regime;
    private final Evaluator evaluator;

    private RegimeVerifier(RegimeCatalog catalog, String regimeId) {
        this.regime = catalog.get(regimeId);
        this.evaluator = new Evaluator(catalog);
    }

    /** The project's own rules/ folder, loaded once. */
    public static synchronized RegimeCatalog projectCatalog() {
        if (projectCatalog == null) {
            projectCatalog = RegimeCatalog.load(Path.of("rules"));
        }
        return projectCatalog;
    }

    public static RegimeVerifier forRegime(String regimeId) {
        return new RegimeVerifier(projectCatalog(), regimeId);
    }

    public static RegimeVerifier forRegime(RegimeCatalog catalog, String regimeId) {
        return new RegimeVerifier(catalog, regimeId);
    }

    /** Facts as name/value pairs in scenario spelling: {@code given("detainer", "i-247a", "hours-until-release", "0.5")}. */
    public Given given(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs");
        }
        Given g = new Given();
        for (int i = 0; i < pairs.length; i += 2) {
            g.fact(pairs[i], pairs[i + 1]);
        }
        return g;
    }

    public final class Given {
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private final Map<String, String> readings = new LinkedHashMap<>();
        private LocalDate date = LocalDate.parse("2018-06-01");

        /** One fact in scenario spelling. */
        public Given fact(String name, String wire) {
            FactSpec f = Vocab.byName(name);
            if (f == null) {
                throw new IllegalArgumentException("unknown fact " + name);
            }
            Object v = switch (f.type()) {
                case BOOL -> Boolean.parseBoolean(wire);
                case NUMBER -> Double.parseDouble(wire);
                case ENUM -> f.enumValue(wire).orElseThrow(() -> new IllegalArgumentException(name + "=" + wire));
            };
            facts.put(name, v);
            return this;
        }

        public Given on(String isoDate) {
            this.date = LocalDate.parse(isoDate);
            return this;
        }

        public Given reading(String switchName, String value) {
            readings.put(switchName, value);
            return this;
        }

        public Outcome then(String actionId) {
            Action a = Vocab.action(actionId);
            if (a == null) {
                throw new IllegalArgumentException("unknown action " + actionId);
            }
            return new Outcome(evaluator.evaluate(regime, a, Vocab.with(null, date, facts), readings));
        }
    }

    public static final class Outcome {
        private final Verdict verdict;

        Outcome(Verdict verdict) {
            this.verdict = verdict;
        }

        public Verdict verdict() {
            return verdict;
        }

        public Outcome is(Status status) {
            assertThat(verdict.status()).as("status of %s under %s (%s)", verdict.action().id(), verdict.regime(),
                    verdict.provisions().stream().map(Provision::id).toList()).isEqualTo(status);
            return this;
        }

        public Outcome isForbidden() {
            return is(Status.FORBIDDEN);
        }

        public Outcome isPermitted() {
            return is(Status.PERMITTED);
        }

        public Outcome isRequired() {
            return is(Status.REQUIRED);
        }

        public Outcome isSilent() {
            return is(Status.SILENT);
        }

        /** The deciding provisions are exactly these. */
        public Outcome decidedBy(String... provisionIds) {
            assertThat(ids(verdict.provisions())).as("deciding provisions").containsExactly(provisionIds);
            return this;
        }

        /** The provisions that gave way are exactly these. */
        public Outcome overriding(String... provisionIds) {
            assertThat(ids(verdict.overridden())).as("overridden provisions").containsExactly(provisionIds);
            return this;
        }

        public Outcome because(String... facts) {
            assertThat(verdict.because()).as("because").contains(facts);
            return this;
        }

        private static List<String> ids(List<Provision> ps) {
            return ps.stream().map(Provision::id).toList();
        }
    }
}
