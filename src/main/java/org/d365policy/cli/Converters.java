package org.d365policy.cli;

import org.d365policy.load.StrictDateDeserializer;
import org.d365policy.model.snapshot.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Strict parsing of option values; picocli turns a failure into a usage error (exit 2). */
final class Converters {
    private Converters() {
    }

    /** A day exactly as snapshots write it: the same parser, so that --as-of and asOf agree. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return StrictDateDeserializer.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, a day that exists");
            }
        }
    }

    /** A profile's label, in any case. */
    static final class ProfileName implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            Profile profile = Profile.byLabel(value.toLowerCase(Locale.ROOT));
            if (profile == null) throw new TypeConversionException("'" + value + "' is no profile; expected ce-v9 or dataverse-2025"
                    + Suggestions.didYouMean(value, new Labels()));
            return profile;
        }

        /** The labels, for help and shell completion. */
        static final class Labels implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return Arrays.stream(Profile.values()).map(Profile::label).iterator();
            }
        }
    }
}
