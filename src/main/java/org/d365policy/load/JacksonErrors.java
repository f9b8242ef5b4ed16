package org.d365policy.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's and SnakeYAML's exceptions into messages a person can act on. */
final class JacksonErrors {
    private JacksonErrors() {
    }

    static InvalidInputException translate(Exception e, String file, DocumentFormat format, JsonParser parser) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictYamlFactory.RefusedException refused) {
                JsonLocation at = refused.getLocation();
                return new InvalidInputException(file, at.getLineNr(), at.getColumnNr(), contextPath(parser), switch (refused.kind) {
                    case ALIAS -> "the YAML alias *" + refused.name + " is not allowed; expected the value written out in full"
                            + " (snapshots, change sets and waivers use no anchors and aliases)";
                    case ANCHOR -> "the YAML anchor &" + refused.name + " is not allowed; expected the value without it"
                            + " (snapshots, change sets and waivers use no anchors and aliases)";
                    case TAG -> "the YAML tag " + refused.name + " is not allowed; expected the value without it"
                            + " (snapshots, change sets and waivers use no tags)";
                });
            }
            if (cause instanceof BoundedRunReader.RunTooLongException) {
                BoundedRunReader.RunTooLongException run = (BoundedRunReader.RunTooLongException) cause;
                return new InvalidInputException(file, run.line, Math.max(1, run.column), null, "more than "
                        + BoundedRunReader.MAX_RUN + " characters without a blank; no value of a snapshot is that long "
                        + "(write machine-made snapshots as .json)");
            }
            if (cause != e && (cause instanceof StreamReadException || cause instanceof StreamConstraintsException)) {
                // A parse error or a limit that surfaced while binding: report it as what it is.
                return translate((Exception) cause, file, format, parser);
            }
            if (cause.getCause() == cause) break;
        }
        JsonLocation at = locationOf(e, parser);
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        Mark problem = yamlProblem(e);
        if (problem != null && problem.getLine() + 1 != line) {
            // The YAML scanner's own mark is where the problem is (a tab that starts line 7); the parser's place is
            // the last token it read (line 6), and so is its path, which would send the reader to the wrong line.
            return new InvalidInputException(file, problem.getLine() + 1, problem.getColumn() + 1, null,
                    "not valid " + format + ": " + oneParagraph(((JsonProcessingException) e).getOriginalMessage()));
        }
        String original = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        if (original != null && original.startsWith("Unexpected end-of-input")) {
            return new InvalidInputException(file, line, column, e instanceof JsonMappingException
                    ? path((JsonMappingException) e) : contextPath(parser),
                    "the file ends in the middle of a value; expected the rest of the document");
        }
        if (original != null && original.startsWith("Duplicate field")) {
            Matcher key = DUPLICATE.matcher(original);
            String name = key.find() ? key.group(1) : null;
            String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : contextPath(parser);
            if (name != null && (path == null || !path.endsWith(name))) path = (path == null || path.isEmpty() ? "" : path + ".") + name;
            return new InvalidInputException(file, line, column, path,
                    "the key \"" + name + "\" is given twice in one map; expected each key once");
        }
        if (original != null && original.startsWith("Trailing token")) {
            return new InvalidInputException(file, line, column, null,
                    "more content follows the document; expected a single " + format + " document");
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            return new InvalidInputException(file, line, column, path(u),
                    "unknown field \"" + u.getPropertyName() + "\"; expected one of " + known(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            return new InvalidInputException(file, line, column, path(f),
                    "expected " + expectation(f.getTargetType()) + ", found \"" + f.getValue() + "\"");
        }
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String found = found(m.getOriginalMessage());
            return new InvalidInputException(file, line, column, path(m),
                    "expected " + expectation(m.getTargetType()) + (found == null ? "" : ", found " + found));
        }
        if (e instanceof JsonMappingException) {
            return new InvalidInputException(file, line, column, path((JsonMappingException) e), oneParagraph(
                    ((JsonMappingException) e).getOriginalMessage()));
        }
        if (e instanceof InputCoercionException) {
            return new InvalidInputException(file, line, column, contextPath(parser),
                    "number out of range; expected a whole number from 0 to " + Integer.MAX_VALUE);
        }
        if (e instanceof StreamConstraintsException) {
            String what = original != null && original.contains("nesting depth")
                    ? "the document is nested deeper than " + DocumentReader.MAX_NESTING + " levels"
                    : "a value is too large to be a snapshot's value (" + oneParagraph(original) + ")";
            return new InvalidInputException(file, line, column, contextPath(parser), what);
        }
        if (e instanceof StreamReadException) {
            String message = ((StreamReadException) e).getOriginalMessage();
            return new InvalidInputException(file, line, column, contextPath(parser),
                    "not valid " + format + ": " + oneParagraph(message));
        }
        if (e instanceof CharacterCodingException) {
            return new InvalidInputException(file, line, column, null, "the file is not UTF-8 text");
        }
        return new InvalidInputException(file, line, column, contextPath(parser),
                "not valid " + format + ": " + oneParagraph(e.getMessage()));
    }

    /** Where the YAML scanner or parser saw the problem, or null where it was not theirs or gave no place. */
    private static Mark yamlProblem(Exception e) {
        if (!(e instanceof JsonProcessingException)) return null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) return marked.getProblemMark();
        }
        return null;
    }

    private static JsonLocation locationOf(Exception e, JsonParser parser) {
        if (e instanceof StreamReadException && ((StreamReadException) e).getLocation() != null) {
            return ((StreamReadException) e).getLocation();
        }
        if (e instanceof JsonMappingException && ((JsonMappingException) e).getLocation() != null) {
            return ((JsonMappingException) e).getLocation();
        }
        return parser == null ? null : parser.currentLocation();
    }

    static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (s.length() > 0) s.append('.');
                s.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /** The path of the parser's current position, for errors that come before data binding. */
    static String contextPath(JsonParser parser) {
        if (parser == null) return null;
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            else if (c.getCurrentName() != null) parts.add(0, (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
        }
        return String.join("", parts);
    }

    static String expectation(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) return "text";
        if (type == Integer.class || type == int.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == LocalDate.class) return "a day that exists, written YYYY-MM-DD";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        return "a map";
    }

    static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT: return "a map";
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "text";
            case VALUE_NUMBER_INT: return "a whole number";
            case VALUE_NUMBER_FLOAT: return "a fractional number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "nothing";
            default: return token.name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern FOUND = Pattern.compile(
            "(String|Integer|Floating-point|Boolean|Array|Object|Null) value(?: \\((['\"]?)(.*?)\\2\\))?");

    /** What Jackson says it found, in our words; the parser itself may already have moved on. */
    static String found(String jacksonMessage) {
        if (jacksonMessage == null) return null;
        Matcher m = FOUND.matcher(jacksonMessage);
        if (!m.find()) return null;
        // Jackson puts the value in quotes of its own (double ones for text since 2.x): they are dropped here.
        String value = m.group(3);
        switch (m.group(1)) {
            case "String": return "text" + (value == null ? "" : " \"" + value + "\"");
            case "Integer": return "a whole number" + (value == null ? "" : " " + value);
            case "Floating-point": return "a fractional number" + (value == null ? "" : " " + value);
            case "Boolean": return "a boolean" + (value == null ? "" : " " + value);
            case "Array": return "a list";
            case "Object": return "a map";
            default: return "nothing";
        }
    }

    private static String known(Collection<Object> ids) {
        TreeSet<String> sorted = new TreeSet<>();
        for (Object id : ids) sorted.add(String.valueOf(id));
        return String.join(", ", sorted);
    }

    /** Jackson's own words, on one line and without its internal source descriptions. */
    static String oneParagraph(String text) {
        if (text == null) return "unreadable";
        return text.replaceAll("\\s*in 'reader', line \\d+, column \\d+:.*?\\^", "")
                .replaceAll("\\s*\\(?start marker at \\[Source:[^\\]]*\\][^)]*\\)?", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
