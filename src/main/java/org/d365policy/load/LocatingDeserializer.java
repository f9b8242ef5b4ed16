package org.d365policy.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import org.d365policy.model.snapshot.Located;

import java.io.IOException;

/** Records where each {@link Located} object starts in the input, for errors and findings. */
final class LocatingDeserializer extends DelegatingDeserializer {
    LocatingDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new LocatingDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Object value = super.deserialize(p, ctxt);
        if (value instanceof Located) ((Located) value).setPosition(at.getLineNr(), at.getColumnNr());
        return value;
    }

    static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                      JsonDeserializer<?> deserializer) {
            return Located.class.isAssignableFrom(beanDesc.getBeanClass()) ? new LocatingDeserializer(deserializer) : deserializer;
        }
    }
}
