package vn.congdoan.platform.infra.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.Optional;
import vn.congdoan.platform.api.Refusal;

/**
 * Every string of a request body through {@link Text}. A field allowed 1,000 characters or more
 * ({@code @Size(max = …)}) is prose and may hold line breaks and tabs; names, titles and ids may
 * not.
 */
class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
  private final boolean prose;

  TextDeserializer(boolean prose) {
    super(String.class);
    this.prose = prose;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    return new TextDeserializer(
        property != null && property.getAnnotation(MultiLine.class) != null);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = StringDeserializer.instance.deserialize(p, ctxt);
    if (text == null) {
      return null;
    }
    Optional<Refusal> why = Text.why(text, prose);
    if (why.isPresent()) {
      throw new RefusedInput(p, why.get());
    }
    return Text.accept(text, prose);
  }
}
