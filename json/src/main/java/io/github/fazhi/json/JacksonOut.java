package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.math.BigDecimal;

/** Jackson 2's generator as the format writes to it. */
final class JacksonOut implements JsonOut {
  private final JsonGenerator g;

  JacksonOut(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void fieldName(SerializableString name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void string(SerializableString value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void number(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  /**
   * Writes a decimal as the value holds it whatever the generator's {@code WRITE_BIGDECIMAL_AS_PLAIN}
   * setting, so that reading it back gives an equal value: without that setting Jackson writes
   * {@code toString()} itself; with it, the number's text is handed over as written.
   */
  @Override
  public void decimal(BigDecimal value) throws IOException {
    if (g.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)) {
      g.writeNumber(value.toString());
    } else {
      g.writeNumber(value);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }
}
