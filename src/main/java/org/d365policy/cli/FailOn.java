package org.d365policy.cli;

import org.d365policy.model.Severity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The --fail-on threshold: a severity, or none (nothing fails the run). */
final class FailOn {
    static final FailOn ERROR = new FailOn(Severity.ERROR);

    private final Severity severity;

    private FailOn(Severity severity) {
        this.severity = severity;
    }

    /** The lowest failing severity, or null for none. */
    Severity severity() {
        return severity;
    }

    static final class Converter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            String label = value.toLowerCase(Locale.ROOT);
            if ("none".equals(label)) return new FailOn(null);
            Severity severity = Severity.byLabel(label);
            if (severity == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is no severity; expected error, warning, info or none" + Suggestions.didYouMean(value, new Labels()));
            }
            return new FailOn(severity);
        }
    }

    /** The values --fail-on takes, for help and shell completion. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> labels = new ArrayList<>();
            for (Severity s : Severity.values()) labels.add(s.label());
            labels.add("none");
            return labels.iterator();
        }
    }
}
