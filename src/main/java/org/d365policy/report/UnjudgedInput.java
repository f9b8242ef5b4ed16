package org.d365policy.report;

/**
 * A snapshot of a run of several that was not valid input, so nothing in it was judged: the run exits 2
 * (invalid input), and every report says which file and why, as a notice and where its format has a
 * place for failures (SARIF's notifications and exit code, JUnit's errors).
 */
public record UnjudgedInput(String input, String reason) {
    /** The notice every report carries. */
    public String notice() {
        return input + " was not judged: " + reason;
    }
}
