package org.d365policy.cli;

import org.d365policy.model.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Strict parsing of option values; picocli turns a failure into a usage error (exit 2). */
final class Converters {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Converters() {
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (value.length() != 10) throw new DateTimeParseException("length", value, 0);
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, a day that exists");
            }
        }
    }

    static final class ProfileName implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            Profile profile = Profile.byLabel(value);
            if (profile == null) throw new TypeConversionException("'" + value + "' is no profile; expected ce-v9 or dataverse-2025");
            return profile;
        }
    }
}
