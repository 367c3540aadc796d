package ${fazhi.format.package};

/**
 * A JSON token as the format sees it, whichever Jackson reads the document: {@link #END} stands for the
 * end of the input, {@link #OTHER} for a token that is never part of a report (such as an embedded object).
 */
enum Token {
  START_OBJECT("an object"),
  END_OBJECT("}"),
  START_ARRAY("an array"),
  END_ARRAY("]"),
  FIELD_NAME("FIELD_NAME"),
  STRING("a string"),
  INT("a number"),
  FLOAT("a number"),
  TRUE("a boolean"),
  FALSE("a boolean"),
  NULL("null (omit absent values instead)"),
  END("the end of the input"),
  EMBEDDED_OBJECT("VALUE_EMBEDDED_OBJECT"),
  NOT_AVAILABLE("NOT_AVAILABLE");

  private final String description;

  Token(String description) {
    this.description = description;
  }

  /** Returns how error messages name the token: {@code "a string"}, {@code "]"}. */
  String describe() {
    return description;
  }
}
