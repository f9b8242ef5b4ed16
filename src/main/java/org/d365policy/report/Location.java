package org.d365policy.report;

/** Where something is written: a file, and a line and column in it. */
public final class Location {
    private final String file;
    private final int line;
    private final int column;

    public Location(String file, int line, int column) {
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line}, as editors and terminals link it. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
