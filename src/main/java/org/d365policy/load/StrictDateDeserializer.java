package org.d365policy.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates are exactly YYYY-MM-DD and must exist in the calendar: 2026-02-30 is malformed. */
final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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

    static LocalDate parse(String text) {
        if (text.length() != 10) throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        return LocalDate.parse(text, FORMAT);
    }
}
