package org.d365policy.report;

import org.apache.commons.text.WordUtils;

import org.d365policy.model.Severity;

import java.util.List;

/**
 * Findings in aligned columns (rule, place, subject, message) fitted to a terminal's width: the
 * message wraps under itself; on a narrow screen it goes on lines of its own below.
 */
final class TextColumns {
    /** A long path or subject should not push the message off the screen. */
    private static final int MAX_CELL = 40;
    /** Narrower than this, the message gets lines of its own. */
    private static final int MIN_MESSAGE = 30;
    private static final int INDENT = 6;

    private final TextStyle style;
    private final Severity severity;

    TextColumns(TextStyle style, Severity severity) {
        this.style = style;
        this.severity = severity;
    }

    void write(StringBuilder s, List<TextReportWriter.Row> rows) {
        int rule = 0;
        int place = 0;
        int subject = 0;
        for (TextReportWriter.Row row : rows) {
            rule = Math.max(rule, row.rule().length());
            place = Math.max(place, Math.min(MAX_CELL, row.place().length()));
            subject = Math.max(subject, Math.min(MAX_CELL, row.subject().length()));
        }
        int messageColumn = 2 + rule + 2 + (place == 0 ? 0 : place + 2) + subject + 2;
        boolean below = style.width() - messageColumn < MIN_MESSAGE;
        for (TextReportWriter.Row row : rows) {
            StringBuilder line = new StringBuilder("  ").append(style.paint(severity, pad(row.rule(), rule))).append("  ");
            if (place > 0) line.append(pad(row.place(), place)).append("  ");
            line.append(below ? row.subject() : pad(row.subject(), subject));
            if (below) {
                s.append(line.toString().stripTrailing()).append('\n');
                s.append(wrap(row.message(), INDENT)).append('\n');
                continue;
            }
            // A cell longer than its column pushes the message right on this line only.
            int used = visibleLength(line);
            int start = Math.max(messageColumn, used + 2);
            line.append(" ".repeat(start - used));
            String wrapped = wrap(row.message(), messageColumn);
            s.append(line).append(wrapped.substring(messageColumn)).append('\n');
        }
    }

    /** The message wrapped to the screen, every line indented to {@code column}. */
    private String wrap(String message, int column) {
        String indent = " ".repeat(column);
        return indent + WordUtils.wrap(message, Math.max(MIN_MESSAGE, style.width() - column), "\n" + indent, true);
    }

    private int visibleLength(StringBuilder line) {
        return line.toString().replaceAll("\u001B\\[[;\\d]*m", "").length();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
