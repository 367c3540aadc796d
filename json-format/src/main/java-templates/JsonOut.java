package ${fazhi.format.package};

import ${fazhi.format.jackson.core}.SerializableString;
import java.io.IOException;
import java.math.BigDecimal;

/** A JSON generator as the format writes to it: each binding adapts its Jackson's generator. */
interface JsonOut {
  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  /** Writes a field name encoded once, when the format was built. */
  void fieldName(SerializableString name) throws IOException;

  void string(String value) throws IOException;

  /** Writes a string encoded once, such as an enum constant's name. */
  void string(SerializableString value) throws IOException;

  void number(int value) throws IOException;

  void number(long value) throws IOException;

  /** Writes a decimal exactly as the value holds it ({@code 98.8}, {@code 1E+3}). */
  void decimal(BigDecimal value) throws IOException;

  void bool(boolean value) throws IOException;
}
