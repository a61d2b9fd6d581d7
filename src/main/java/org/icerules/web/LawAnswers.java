package org.icerules.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.engine.Evaluator;
import org.icerules.law.ContingentLaw;
import org.icerules.law.Jurisdictions;
import org.icerules.law.LawAnswer;
import org.icerules.law.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.report.ContingentLawText;
import org.icerules.report.Json;
import org.icerules.report.LawJson;
import org.icerules.report.StandingWords;

import java.util.List;

/**
 * The answer to POST /api/law: the {@code law} command's combined answer for the case on its date
 * in the case's place (its {@code jurisdiction}, else the default place of {@code rules/jurisdictions.yaml}) — one scenario of {@code law --format
 * json} (layers, readings, each action's answer with preemption and grant risk), plus each
 * action's question for the page. With facts unknown, the contingent answers replace the actions.
 */
final class LawAnswers {
    private final Evaluator evaluator;
    private volatile Place place;

    private record Place(LawInForce law, String jurisdiction) {
    }

    LawAnswers(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    ObjectNode json(CaseRequest req) {
        Place p = place();
        Scenario s = WorkbenchCase.scenario(req);
        LawAnswer answer = answer(p, req);
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("scenario-date", s.date().toString());
        n.setAll(LawJson.answer(answer));
        n.put("place", p.law().placeName(where(p, req)));
        n.set("questions", questions(evaluator.catalog().vocabulary()));
        if (s.hasUnknowns()) {
            n.remove("actions"); // at the unknowns' placeholder values: the contingent answers replace them
            n.set("unknown", Json.strings(s.unknown()));
            n.set("contingent", ContingentLawText.json(ContingentLaw.answer(p.law(), s.facts(), s.date(),
                    where(p, req), req.readings(), List.of(), s.unknown()), s));
        }
        return n;
    }

    private static LawAnswer answer(Place p, CaseRequest req) {
        return p.law().answer(req.facts(), req.facts().date(), where(p, req), req.readings(), List.of());
    }

    /** The case's own place, else the default one. */
    private static String where(Place p, CaseRequest req) {
        return req.jurisdiction() != null ? req.jurisdiction() : p.jurisdiction();
    }

    LawAnswer answer(CaseRequest req) {
        return answer(place(), req);
    }

    private static ObjectNode questions(org.icerules.model.facts.Vocabulary vocabulary) {
        ObjectNode q = Json.object();
        for (Action a : vocabulary.actions()) {
            q.put(a.id(), StandingWords.question(a));
        }
        return q;
    }

    /** The place and its layers, read on first use: a rules folder without jurisdictions has no law view. */
    private Place place() {
        Place p = place;
        if (p != null) {
            return p;
        }
        try {
            Jurisdictions places = Jurisdictions.load(evaluator.catalog().rulesDir());
            String id = places.defaultJurisdiction().orElseThrow(() -> new ApiError(404, null,
                    "no law view: the rules folder's jurisdictions file names no default place"));
            p = new Place(new LawInForce(evaluator, places), id);
        } catch (InputException e) {
            throw new ApiError(404, null, "no law view for these rules: " + e.problems().get(0).message());
        }
        place = p;
        return p;
    }
}
