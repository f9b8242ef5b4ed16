package org.d365policy.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates are exactly YYYY-MM-DD and must exist in the calendar: 2026-02-30 is malformed. */
public final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
    StrictDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText().trim();
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
        }
    }

    /**
     * ISO_LOCAL_DATE resolves strictly; the length keeps out the years of five or more digits with a
     * sign (+10000-01-01) that it also accepts.
     */
    public static LocalDate parse(String text) {
        if (text.length() != 10) throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
