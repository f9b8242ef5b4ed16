package org.d365policy.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a YAML or JSON document strictly into model classes: only annotated fields are fields, no
 * scalar is coerced into another type, keys may not repeat, and YAML booleans are true/false only
 * (the YAML 1.2 core schema), an empty YAML value is absent, and YAML anchors and aliases are refused
 * where they stand. Every failure becomes an {@link InvalidInputException} naming the place.
 */
public final class DocumentReader {
    /** Our documents are a few levels deep; anything far deeper is hostile or broken. */
    static final int MAX_NESTING = 64;

    private final ObjectMapper yaml;
    private final ObjectMapper json;

    public DocumentReader() {
        LoaderOptions options = new LoaderOptions();
        // A legitimate million-user tenant is hundreds of MB: SnakeYAML's 3 MB default would refuse it.
        options.setCodePointLimit(Integer.MAX_VALUE);
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();
        YAMLFactory yamlFactory = new StrictYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // "key:" with nothing after it is absent, as "key: null" and "key: ~" are.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        yaml = configure(JsonMapper.builder(yamlFactory));
        json = configure(JsonMapper.builder(jsonFactory));
    }

    private static ObjectMapper configure(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("d365-policy-input");
        module.addDeserializer(LocalDate.class, new StrictDateDeserializer());
        module.setDeserializerModifier(new LocatingDeserializer.Modifier());
        return builder
                .disable(MapperFeature.AUTO_DETECT_CREATORS, MapperFeature.AUTO_DETECT_FIELDS,
                        MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_SETTERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(module)
                .build();
    }

    /** Reads a file, choosing the parser by its extension; {@code name} is how messages call it. */
    public <T> T read(Path file, String name, Class<T> type) throws InvalidInputException {
        return readFile(file, name, formatOf(name), type, true);
    }

    /**
     * Reads a JSON file as a tree, with the same strictness and messages, for exports whose shape is not
     * ours: the top may be a list as well as a map.
     */
    public JsonNode readTree(Path file, String name) throws InvalidInputException {
        return readFile(file, name, DocumentFormat.JSON, JsonNode.class, false);
    }

    /** Reads JSON content as a tree, like {@link #readTree(Path, String)}, for responses held in memory. */
    public JsonNode readTree(byte[] content, String name) throws InvalidInputException {
        return read(new ByteArrayInputStream(content), name, DocumentFormat.JSON, JsonNode.class, false);
    }

    /** Reads content that is not a file of its own, such as a version kept by git. */
    public <T> T read(byte[] content, String name, Class<T> type) throws InvalidInputException {
        return read(new ByteArrayInputStream(content), name, formatOf(name), type, true);
    }

    /** Reads content whose format is known apart from its name, such as standard input. */
    public <T> T read(byte[] content, String name, DocumentFormat format, Class<T> type) throws InvalidInputException {
        return read(new ByteArrayInputStream(content), name, format, type, true);
    }

    private <T> T readFile(Path file, String name, DocumentFormat format, Class<T> type, boolean mapAtTop)
            throws InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, format, type, mapAtTop);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, 0, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, 0, 0, null, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static DocumentFormat formatOf(String name) throws InvalidInputException {
        DocumentFormat format = DocumentFormat.of(name);
        if (format == null) {
            throw new InvalidInputException(name, 0, 0, null, "expected a file ending in .yaml, .yml or .json");
        }
        return format;
    }

    private <T> T read(InputStream in, String name, DocumentFormat format, Class<T> type, boolean mapAtTop)
            throws InvalidInputException {
        ObjectMapper mapper = format == DocumentFormat.YAML ? yaml : json;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(format == DocumentFormat.YAML ? new BoundedRunReader(utf8(in)) : utf8(in));
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(name, 0, 0, null, "the file is empty; expected a map");
            }
            if (mapAtTop && first != JsonToken.START_OBJECT) {
                throw new InvalidInputException(name, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), null,
                        "the document is " + JacksonErrors.describe(first) + "; expected a map");
            }
            return mapper.readValue(parser, type);
        } catch (IOException e) {
            throw JacksonErrors.translate(e, name, format, parser);
        } catch (RuntimeException e) {
            // The YAML scanner reports some malformed input as unchecked exceptions.
            throw JacksonErrors.translate(e, name, format, parser);
        }
    }

    /** Strict UTF-8 (a wrong encoding is an error, not mojibake), with a leading byte-order mark skipped. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
        return reader;
    }
}
