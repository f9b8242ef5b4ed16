package org.d365policy.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses YAML with a run of more than {@link #MAX_RUN} characters without a blank. SnakeYAML reads a
 * plain scalar in time that grows with the square of its length (50 MB of it takes hours), and no
 * snapshot value is that long, so a run that long is refused as it streams by.
 */
final class BoundedRunReader extends FilterReader {
    static final int MAX_RUN = 100_000;

    private int run;
    private int line = 1;
    private int column;

    BoundedRunReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count((char) c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) count(buffer[offset + i]);
        return n;
    }

    private void count(char c) throws IOException {
        column++;
        if (c == '\n') {
            line++;
            column = 0;
            run = 0;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            run = 0;
        } else if (++run > MAX_RUN) {
            throw new RunTooLongException(line, column - MAX_RUN);
        }
    }

    /** Where the over-long run starts. */
    static final class RunTooLongException extends IOException {
        final int line;
        final int column;

        RunTooLongException(int line, int column) {
            super("more than " + MAX_RUN + " characters without a blank");
            this.line = line;
            this.column = column;
        }
    }
}
