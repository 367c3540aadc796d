package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * JSON locations in the form the model's violations use: {@code reviews[0].accepted}, {@code ""} for the
 * document itself.
 */
final class Paths {
  private Paths() {}

  /**
   * Returns the location of the value the parser is on: the object or array it has just opened or
   * closed, or the scalar (or field name) it stands on.
   */
  static String here(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    return pointedAt(context);
  }

  /** Returns the location of the object whose fields the parser is reading. */
  static String enclosingObject(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    return pointedAt(context == null ? null : context.getParent());
  }

  /** Returns the location of the value the context currently points at (its field or element). */
  private static String pointedAt(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else {
        String name = c.getCurrentName();
        if (name != null) {
          path.append(path.length() == 0 ? "" : ".").append(name);
        }
      }
    }
    return path.toString();
  }

  /** Returns {@code path.name}, or {@code name} at the top. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Returns " at PATH", or "" for the document itself. */
  static String at(String path) {
    return path.isEmpty() ? " at the top level" : " at " + path;
  }
}
