package org.ddworkbench.pack;

import org.ddworkbench.model.ProblemException;

/** A metric pack was refused; the message names the file and the JSON path of the problem. */
public final class PackException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;

    public PackException(String source, String jsonPath, String problem) {
        super(source + " at " + jsonPath + ": " + problem);
        this.jsonPath = jsonPath;
    }

    public PackException(String source, String jsonPath, String problem, Throwable cause) {
        super(source + " at " + jsonPath + ": " + problem, cause);
        this.jsonPath = jsonPath;
    }

    /** Where in the JSON the problem is, in the form {@code $.metrics[3].thresholds[0].operator}; {@code $} for the whole file. */
    public String jsonPath() {
        return jsonPath;
    }
}
