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
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.IOException;
import java.io.Reader;

/**
 * A YAML factory whose parsers refuse every anchor ({@code &name}) and alias ({@code *name}) where it
 * stands (tenant-format.md, revision 2). Jackson would hand an alias on as text holding the anchor's
 * name, so {@code licenses: [*SALES]} read as the SKU "SALES"; and aliases are how alias bombs work.
 */
final class AnchorRefusingYamlFactory extends YAMLFactory {
    AnchorRefusingYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            // The event the token was made of: a scalar, a collection start, or an alias.
            if (_lastEvent instanceof NodeEvent node && node.getAnchor() != null) {
                throw new AnchorException(this, node instanceof AliasEvent, node.getAnchor(), _locationFor(node.getStartMark()));
            }
            return token;
        }
    }

    /** An anchor or alias, and where it starts. */
    static final class AnchorException extends JsonParseException {
        final boolean alias;
        final String name;

        AnchorException(YAMLParser parser, boolean alias, String name, JsonLocation at) {
            super(parser, (alias ? "alias *" : "anchor &") + name, at);
            this.alias = alias;
            this.name = name;
        }
    }
}
