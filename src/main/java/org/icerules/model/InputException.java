package org.icerules.model;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: one or more {@link InputProblem}s. The command line turns it into exit status 2. */
public class InputException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::render).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
