package org.d365policy.cli;

import org.d365policy.model.Severity;

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
            if ("none".equals(value)) return new FailOn(null);
            Severity severity = Severity.byLabel(value);
            if (severity == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is no severity; expected error, warning, info or none");
            }
            return new FailOn(severity);
        }
    }
}
