package org.d365policy.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;

/**
 * A YAML factory whose parsers read what tenant-format.md allows and nothing else:
 * <ul>
 * <li>numbers by YAML 1.2's core schema. SnakeYAML resolves plain scalars by YAML 1.1, which Jackson
 *     follows: {@code 010} was read as 8 seats, {@code 1_000} as 1000, and {@code 0o17} refused. Now
 *     {@code 010} and {@code 09} are 10 and 9, {@code 0o17} is 15, and what only YAML 1.1 reads as a number ({@code 1_000},
 *     {@code 0b101}, {@code 1:30}) is text, which the loader refuses where a number belongs;</li>
 * <li>no anchor ({@code &name}) or alias ({@code *name}) where it stands (revision 2). Jackson would hand
 *     an alias on as text holding the anchor's name, so {@code licenses: [*SALES]} read as the SKU
 *     "SALES"; and aliases are how alias bombs work;</li>
 * <li>no tag but {@code !!str} ({@code !!binary}, {@code !!int}, {@code !custom}): the format has none, and Jackson
 *     decoded some ({@code !!binary} as Base64, {@code !!int 010} as YAML 1.1's 8) and kept the text of others, so a
 *     tag silently changed a value or vanished. {@code !!str 2026}, YAML's way to keep text as text, is read.</li>
 * </ul>
 */
final class StrictYamlFactory extends YAMLFactory {
    StrictYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    private static final class Parser extends YAMLParser {
        /** What {@code !!} stands for. */
        private static final String STANDARD_TAGS = "tag:yaml.org,2002:";
        private static final String STRING_TAG = STANDARD_TAGS + "str";

        Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            // The event the token was made of: a scalar, a collection start, or an alias.
            if (_lastEvent instanceof NodeEvent node && node.getAnchor() != null) {
                throw new RefusedException(this, node instanceof AliasEvent ? RefusedException.Kind.ALIAS : RefusedException.Kind.ANCHOR,
                        node.getAnchor(), _locationFor(node.getStartMark()));
            }
            if (_lastEvent instanceof CollectionStartEvent start && refusedTag(start.getTag())) {
                throw new RefusedException(this, RefusedException.Kind.TAG, shortTag(start.getTag()), _locationFor(start.getStartMark()));
            }
            return token;
        }

        /** Any tag but {@code !!str}, which only says what a plain scalar is anyway in this format: text. */
        private static boolean refusedTag(String tag) {
            return tag != null && !tag.equals(STRING_TAG);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            // Before Jackson decodes it: !!binary with bad Base64 would fail there with a message of its own.
            if (refusedTag(scalar.getTag())) {
                throw new RefusedException(this, RefusedException.Kind.TAG, shortTag(scalar.getTag()), _locationFor(scalar.getStartMark()));
            }
            JsonToken token = super._decodeScalar(scalar);
            // Quoted and tagged (!!str) scalars are text; only plain ones are resolved.
            if (!scalar.isPlain() || scalar.getTag() != null) return token;
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
                return token;
            }
            String value = scalar.getValue();
            // YAML 1.1 leaves 0o17, 09 and 019 as text; YAML 1.2 reads them as numbers. Most text stops here.
            if (token == JsonToken.VALUE_STRING && !YamlScalars.startsLikeANumber(value)) return token;
            BigInteger integer = YamlScalars.coreInteger(value);
            if (integer != null) {
                String decimal = integer.toString();
                // Written as its decimal digits already (12, -3): Jackson read it as YAML 1.2 does.
                if (token == JsonToken.VALUE_NUMBER_INT && decimal.equals(value)) return token;
                // Decoded again from its decimal digits: YAML 1.1 read 010 as octal, and 0o17 not at all.
                // Jackson works the value out from the text when it is asked for, so the text is the decimal too.
                _textValue = decimal;
                _cleanedTextValue = decimal;
                return _decodeNumberScalar(decimal, decimal.length());
            }
            if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_FLOAT && YamlScalars.isCoreFloat(value)) return token;
            // Text in YAML 1.2, whatever YAML 1.1 made of it.
            _textValue = value;
            return JsonToken.VALUE_STRING;
        }

        /** {@code tag:yaml.org,2002:binary} as it was written, {@code !!binary}. */
        private static String shortTag(String tag) {
            return tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
        }
    }

    /** An anchor, alias or tag, and where it starts. */
    static final class RefusedException extends JsonParseException {
        enum Kind { ANCHOR, ALIAS, TAG }

        final Kind kind;
        final String name;

        RefusedException(YAMLParser parser, Kind kind, String name, JsonLocation at) {
            super(parser, kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name, at);
            this.kind = kind;
            this.name = name;
        }
    }
}
