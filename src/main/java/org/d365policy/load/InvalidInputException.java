package org.d365policy.load;

import org.d365policy.ExpectedFailure;

/**
 * Input that cannot be read or referenced: the command exits 2 with this one-paragraph message,
 * which names the file, the place (line and column, and the path where known) and what was expected.
 */
public class InvalidInputException extends ExpectedFailure {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    /** What the input says is echoed in messages; it may hold line breaks, control characters, or megabytes. */
    static final int MAX_ECHO = 200;

    public InvalidInputException(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, printable(path), printable(problem)));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = printable(path);
        this.problem = printable(problem);
    }

    /** One line, no control characters, and no part of the input longer than {@link #MAX_ECHO} characters. */
    static String printable(String text) {
        if (text == null) return null;
        StringBuilder s = new StringBuilder(Math.min(text.length(), 4 * MAX_ECHO));
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == ' ' ? 0 : run + 1;
            if (run > MAX_ECHO) {
                if (run == MAX_ECHO + 1) s.append("...");
                continue;
            }
            if (c == '\n') s.append("\\n");
            else if (c == '\r') s.append("\\r");
            else if (c == '\t') s.append("\\t");
            else if (Character.isISOControl(c)) s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else s.append(c);
            if (s.length() > 8 * MAX_ECHO) return s.append("...").toString();
        }
        return s.toString();
    }

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder s = new StringBuilder("invalid input in ").append(file);
        if (line > 0) {
            s.append(" at line ").append(line);
            if (column > 0) s.append(", column ").append(column);
        }
        if (path != null && !path.isEmpty()) s.append(line > 0 ? " (" : " at ").append(path).append(line > 0 ? ")" : "");
        return s.append(": ").append(problem).toString();
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public String getPath() {
        return path;
    }

    public String getProblem() {
        return problem;
    }

    @Override
    public int exitCode() {
        return INVALID_INPUT;
    }
}
