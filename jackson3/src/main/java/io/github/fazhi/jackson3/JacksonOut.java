package io.github.fazhi.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import java.math.BigDecimal;

/** Jackson 3's generator as the format writes to it. */
final class JacksonOut implements JsonOut {
  private final JsonGenerator g;

  JacksonOut(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void fieldName(SerializableString name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(SerializableString value) {
    g.writeString(value);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  /**
   * Writes a decimal as the value holds it whatever the generator's {@code WRITE_BIGDECIMAL_AS_PLAIN}
   * setting, so that reading it back gives an equal value: without that setting Jackson writes
   * {@code toString()} itself; with it, the number's text is handed over as written.
   */
  @Override
  public void decimal(BigDecimal value) {
    if (g.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)) {
      g.writeNumber(value.toString());
    } else {
      g.writeNumber(value);
    }
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}
