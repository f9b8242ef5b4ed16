package org.d365policy.load;

/**
 * Input that cannot be read or referenced: the command exits 2 with this one-paragraph message,
 * which names the file, the place (line and column, and the path where known) and what was expected.
 */
public class InvalidInputException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public InvalidInputException(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, path, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
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
}
