package org.icerules.model;

/**
 * One thing wrong with an input file: where (file, 1-based line and column), which key,
 * and what was expected. Line and column are 0 when unknown.
 */
public record InputProblem(String file, int line, int column, String key, String message) {

    /** {@code scenarios/x.yaml:12:5: key 'facts.detainer': unknown value 'i247a' ...} */
    public String render() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append("key '").append(key).append("': ");
        }
        return sb.append(message).toString();
    }
}
