package org.icerules.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.report.Json;

import java.util.List;

/**
 * A request the server refuses: an HTTP status, the field at fault (a dotted path such as
 * {@code facts.detainer}, or null when the whole body is at fault) and what was expected.
 * Rendered as {@code {"error": …, "field": …}}, plus every problem when there are several.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;
    private final transient List<InputProblem> problems;

    public ApiError(int status, String field, String message) {
        this(status, field, message, List.of());
    }

    private ApiError(int status, String field, String message, List<InputProblem> problems) {
        super(message);
        this.status = status;
        this.field = field;
        this.problems = problems;
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, field, message);
    }

    /** Input problems found by the scenario validation, as a 400 naming the first field at fault. */
    public static ApiError of(InputException e) {
        List<InputProblem> ps = e.problems();
        InputProblem first = ps.get(0);
        return new ApiError(400, first.key(), first.message(), ps);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("error", getMessage());
        if (field == null) {
            n.putNull("field");
        } else {
            n.put("field", field);
        }
        if (problems.size() > 1) {
            ArrayNode all = Json.array();
            for (InputProblem p : problems) {
                ObjectNode pn = Json.object();
                pn.put("error", p.message());
                pn.put("field", p.key());
                all.add(pn);
            }
            n.set("problems", all);
        }
        return n;
    }
}
