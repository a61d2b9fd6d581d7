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
 * Rendered as {@code {"error": …, "field": …}}, plus every problem when there are several, and
 * for a bug ({@code 500}) the id under which the server's log holds its details.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;
    private final transient List<InputProblem> problems;
    private final String id;

    public ApiError(int status, String field, String message) {
        this(status, field, message, List.of(), null);
    }

    private ApiError(int status, String field, String message, List<InputProblem> problems, String id) {
        super(message, null, false, false); // a refusal, not a failure: no stack to fill
        this.status = status;
        this.field = field;
        this.problems = problems;
        this.id = id;
    }

    /** A bug in the server, logged under {@code id}; the answer says no more than that. */
    static ApiError internal(String id) {
        return new ApiError(500, null, "internal error: a bug in ice-rules, not a fault of the request; "
                + "the server's log has the details under id " + id, List.of(), id);
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, field, message);
    }

    /** Input problems found by the scenario validation, as a 400 naming the first field at fault. */
    public static ApiError of(InputException e) {
        List<InputProblem> ps = e.problems();
        InputProblem first = ps.get(0);
        return new ApiError(400, first.key(), first.message(), ps, null);
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
        if (id != null) {
            n.put("id", id);
        }
        return n;
    }
}
