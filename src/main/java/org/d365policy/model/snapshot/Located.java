package org.d365policy.model.snapshot;

/**
 * Where an object is written in its input file, so that errors and findings can point at it.
 * Set by the loader; never read from the input itself.
 */
public abstract class Located {
    private int line;
    private int column;

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public void setPosition(int line, int column) {
        this.line = line;
        this.column = column;
    }
}
