package io.github.fazhi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits inside a report (路径): the location of a number, a table cell or an offending
 * attribute, as a list of {@linkplain Segment segments}, such as {@code reviews[0].decisions} or
 * {@code openGovInfo.applications.cells[new_received][total]}.
 *
 * <p>Paths are built from {@link #root()} one segment at a time ({@code Path.root().field("reviews").index(0)
 * .field("decisions")}) and read back through {@link #segments()}, {@link #startsWith(Path)},
 * {@link #indexAfter(Path)} and {@link #after(Path)}; code never takes a path's string apart.
 *
 * <h2>Segments</h2>
 * <ul>
 *   <li>a <b>field</b> ({@code reviews}): the name of an attribute, as in the JSON format; not empty, and
 *       without whitespace, {@code .}, {@code [} or {@code ]};
 *   <li>an <b>index</b> ({@code [0]}): a position in a list, counted from 0;
 *   <li>a <b>key</b> ({@code [new_received]}): a row or column of a table, or another name in brackets;
 *       not empty, without whitespace, {@code [} or {@code ]}, and not all ASCII digits (which would read as
 *       an index);
 *   <li>a <b>member</b> (成员, {@link #member(String)}): the name of a member of a JSON object that fazhi
 *       does not define, such as the key of a user's {@code Map<String, Report>} that holds a report, or a
 *       property the user named; any string, written like a field. A member whose name is a valid field
 *       name <em>is</em> that field: {@code member("reviews")} equals {@code field("reviews")}.
 * </ul>
 *
 * <p>A path may also name the report it is in (报告), for findings across several reports
 * ({@link #inReport(String, int)}): {@code [曲江区 2020] reviews[0].carriedOver}.
 *
 * <h2>String form</h2>
 * {@link #toString()} writes a field or member after a dot (none at the start of the string), an index or
 * key in brackets, and a report in brackets followed by a space: the strings fazhi has always printed.
 *
 * <p>For a path without members, or whose members {@linkplain #member(String) read back}, two paths are
 * equal exactly when their strings are equal, and {@link #parse(String)} reads the string back to the same
 * path. A member reads back unless its name holds {@code .}, {@code [} or {@code ]}, or it is empty and
 * first: such a name is printed as it is, as it always was, so that its string is ambiguous
 * ({@code member("a.b")} and {@code field("a").field("b")} both print {@code a.b}; an empty first member
 * prints nothing), and {@code parse} reads such a string as another path. Equality is of segments, never
 * of strings.
 *
 * <h2>Order</h2>
 * Paths compare segment by segment (a field before an index before a key before a member; fields, keys
 * and members by their names, indexes by number, so {@code reviews[2]} comes before {@code reviews[10]});
 * a path comes before the paths under it; paths without a report come before those with one, which
 * compare by the report first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Path implements Comparable<Path>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Path ROOT = new Path(null, ImmutableList.of());
  private static final Comparator<Path> ORDER =
      Comparator.comparing((Path p) -> p.report, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Path::compareSegments);

  /** The report the path is in, or null for a path inside one report. */
  private final @Nullable String report;
  /** The segments from the report's root. */
  private final ImmutableList<Segment> segments;

  private Path(@Nullable String report, ImmutableList<Segment> segments) {
    this.report = report;
    this.segments = segments;
  }

  /**
   * Returns the empty path: the report (or value) itself, written as the empty string.
   *
   * @return the root path, never null
   */
  public static Path root() {
    return ROOT;
  }

  /**
   * Returns the root of a report in a series, written {@code [曲江区 2020]}. ASCII brackets in the
   * reporter's name are written as full-width ones ({@code ［ ］}), so that the string form stays
   * readable.
   *
   * @param reporter  the name of the jurisdiction or issuer of the report, not blank
   * @param year  the year the report covers
   * @return the root path of that report, never null
   * @throws IllegalArgumentException if the reporter is blank
   */
  public static Path inReport(String reporter, int year) {
    requireNonNull(reporter, "reporter");
    checkArgument(!reporter.isBlank(), "reporter must not be blank");
    return new Path(reporter.replace('[', '［').replace(']', '］') + " " + year, ImmutableList.of());
  }

  /**
   * Reads a path from its {@linkplain #toString() string form}, the inverse of {@code toString()}:
   * {@code parse(p.toString()).equals(p)} for every path {@code p} whose members read back (see the class
   * description). It is for users who hold a printed path, such as one from the JSON output of findings
   * or violations; fazhi itself builds every path with {@link #field(String)} and the like and never
   * parses one. A name after a dot that is not a valid field name (one with whitespace, or empty between
   * two dots) is read as a {@linkplain #member(String) member}.
   *
   * @param text  the string form, such as {@code reviews[0].accepted}; empty for the root
   * @return the path, never null
   * @throws IllegalArgumentException if the text is not the string form of a path, naming the position
   */
  public static Path parse(String text) {
    requireNonNull(text, "text");
    if (text.startsWith("[")) {
      int split = text.lastIndexOf("] ");
      if (split > 0) {
        checkArgument(isLabel(text.substring(1, split)),
            "path (\"%s\") names a report without a space or with brackets", text);
        Path within = parseSegments(text.substring(split + 2), text, split + 2);
        checkArgument(!within.isRoot(), "path (\"%s\") has a report but nothing after it", text);
        return new Path(text.substring(1, split), within.segments);
      }
      if (text.endsWith("]") && text.length() > 2) {
        String inside = text.substring(1, text.length() - 1);
        if (isLabel(inside)) {
          return new Path(inside, ImmutableList.of());
        }
      }
    }
    return parseSegments(text, text, 0);
  }

  private static Path parseSegments(String text, String whole, int offset) {
    Path path = ROOT;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        int close = text.indexOf(']', i);
        checkArgument(close > i, "path (\"%s\") has an unclosed [ at %s", whole, offset + i);
        String inside = text.substring(i + 1, close);
        path = isDigits(inside) ? path.index(index(inside, whole)) : path.key(inside);
        i = close + 1;
      } else {
        int start = i;
        if (c == '.') {
          checkArgument(i > 0, "path (\"%s\") starts with a dot", whole);
          start = i + 1;
        } else {
          checkArgument(i == 0, "path (\"%s\") has no dot before the field at %s", whole, offset + i);
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        int stray = text.indexOf(']', start);
        checkArgument(stray < 0 || stray >= end, "path (\"%s\") has a ] without [ at %s", whole, offset + stray);
        path = path.member(text.substring(start, end));
        i = end;
      }
    }
    return path;
  }

  /** A report's label holds a space (between the reporter and the year), which no field or key holds. */
  private static boolean isLabel(String label) {
    return !label.isBlank() && label.chars().anyMatch(Character::isWhitespace) && label.indexOf('[') < 0
        && label.indexOf(']') < 0;
  }

  private static int index(String digits, String whole) {
    checkArgument(digits.length() == 1 || digits.charAt(0) != '0',
        "path (\"%s\") has an index with a leading zero: %s", whole, digits);
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("path (\"" + whole + "\") has an index too large: " + digits, e);
    }
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Returns this path followed by a field.
   *
   * @param name  the field's name, such as {@code reviews}; not empty, without whitespace, {@code .},
   *     {@code [} or {@code ]}
   * @return the longer path, never null
   * @throws IllegalArgumentException if the name is not a valid field name
   */
  public Path field(String name) {
    requireNonNull(name, "name");
    checkArgument(isFieldName(name),
        "field (\"%s\") must be a name without whitespace, '.', '[' or ']'", name);
    return plus(new Segment(Segment.Kind.FIELD, name, -1));
  }

  /**
   * Returns this path followed by a position in a list.
   *
   * @param index  the position, counted from 0
   * @return the longer path, never null
   * @throws IllegalArgumentException if the index is negative
   */
  public Path index(int index) {
    checkArgument(index >= 0, "index (%s) must be >= 0", index);
    return plus(new Segment(Segment.Kind.INDEX, "", index));
  }

  /**
   * Returns this path followed by a member of a JSON object (成员) that fazhi does not define: the key of
   * a user's map that holds a report ({@code byCity.西安 市} for the key {@code 西安 市}), or a property
   * the user named. The name may be any string and is written as it is, after a dot unless the path
   * prints nothing yet, as JSON locations have always been written. A name that is a valid
   * {@linkplain #field(String) field} name gives that field.
   *
   * @param name  the member's name, any string, not null
   * @return the longer path, never null
   */
  public Path member(String name) {
    requireNonNull(name, "name");
    return plus(isFieldName(name) ? new Segment(Segment.Kind.FIELD, name, -1)
        : new Segment(Segment.Kind.MEMBER, name, -1));
  }

  /**
   * Returns this path followed by a key in brackets, such as a table's row or column.
   *
   * @param key  the key, such as {@code new_received}; not empty, without whitespace, {@code [} or
   *     {@code ]}, and not all ASCII digits
   * @return the longer path, never null
   * @throws IllegalArgumentException if the key is not a valid key
   */
  public Path key(String key) {
    requireNonNull(key, "key");
    checkArgument(isName(key) && !isDigits(key),
        "key (\"%s\") must be a name without whitespace, '[' or ']', and not a number", key);
    return plus(new Segment(Segment.Kind.KEY, key, -1));
  }

  /**
   * Returns this path followed by another one: {@code reviews[0]} resolving {@code decisions.upheld} is
   * {@code reviews[0].decisions.upheld}. The other path's report, if any, is ignored.
   *
   * @param relative  the path to append, not null
   * @return the longer path, never null
   */
  public Path resolve(Path relative) {
    requireNonNull(relative, "relative");
    if (relative.segments.isEmpty()) {
      return this;
    }
    return new Path(report, ImmutableList.<Segment>builder().addAll(segments).addAll(relative.segments)
        .build());
  }

  /**
   * Returns this path as seen from an enclosing value at {@code prefix}: {@code prefix.resolve(this)},
   * keeping the prefix's report.
   *
   * @param prefix  the path of the value this path is relative to, not null
   * @return the longer path, never null
   */
  public Path under(Path prefix) {
    requireNonNull(prefix, "prefix");
    Path joined = prefix.resolve(this);
    return joined.report == null && report != null ? new Path(report, joined.segments) : joined;
  }

  private Path plus(Segment segment) {
    return new Path(report,
        ImmutableList.<Segment>builderWithExpectedSize(segments.size() + 1).addAll(segments).add(segment).build());
  }

  private static boolean isFieldName(String name) {
    return isName(name) && name.indexOf('.') < 0;
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || c == '[' || c == ']') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the segments from the root, in order.
   *
   * @return the segments, empty for a root; never null
   */
  public ImmutableList<Segment> segments() {
    return segments;
  }

  /**
   * Returns whether this is a root: of a value, or of a report in a series.
   *
   * @return true when the path has no segments
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns the report this path is in, for a path across several reports: {@code 曲江区 2020}.
   *
   * @return the report's name and year, or empty for a path inside one report; never null
   */
  public Optional<String> report() {
    return Optional.ofNullable(report);
  }

  /**
   * Returns this path without its report: {@code [曲江区 2020] reviews[0]} → {@code reviews[0]}.
   *
   * @return the path inside its report, this path when it names none; never null
   */
  public Path withinReport() {
    return report == null ? this : new Path(null, segments);
  }

  /**
   * Returns the path one segment up: {@code reviews[0].accepted} → {@code reviews[0]}.
   *
   * @return the parent, or empty for a root; never null
   */
  public Optional<Path> parent() {
    return segments.isEmpty() ? Optional.empty()
        : Optional.of(new Path(report, segments.subList(0, segments.size() - 1)));
  }

  /**
   * Returns the last segment: {@code reviews[0].accepted} → {@code accepted}.
   *
   * @return the last segment, or empty for a root; never null
   */
  public Optional<Segment> last() {
    return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
  }

  /**
   * Returns whether this path is {@code prefix} or lies under it: {@code reviews[0].accepted} starts with
   * {@code reviews[0]} and {@code reviews}, not with {@code reviews[1]}. Both must name the same report,
   * or none.
   *
   * @param prefix  the path that may enclose this one, not null
   * @return true when every segment of {@code prefix} begins this path
   */
  public boolean startsWith(Path prefix) {
    requireNonNull(prefix, "prefix");
    return Objects.equals(report, prefix.report) && prefix.segments.size() <= segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /**
   * Returns the rest of this path after {@code prefix}: {@code openGovInfo.disputes.cells[a][b]} after
   * {@code openGovInfo} is {@code disputes.cells[a][b]}; the result names no report.
   *
   * @param prefix  a path this one {@linkplain #startsWith(Path) starts with}, not null
   * @return the relative rest, the root when the two are equal; never null
   * @throws IllegalArgumentException if this path does not start with {@code prefix}
   */
  public Path after(Path prefix) {
    checkArgument(startsWith(prefix), "path (%s) does not start with %s", this, prefix);
    return new Path(null, segments.subList(prefix.segments.size(), segments.size()));
  }

  /**
   * Returns the index right after {@code prefix}: for {@code reviews[1].accepted} and prefix
   * {@code reviews}, 1.
   *
   * @param prefix  the path of a list, not null
   * @return the index, or empty when this path does not start with {@code prefix} followed by an index;
   *     never null
   */
  public OptionalInt indexAfter(Path prefix) {
    requireNonNull(prefix, "prefix");
    if (!startsWith(prefix) || segments.size() == prefix.segments.size()) {
      return OptionalInt.empty();
    }
    Segment next = segments.get(prefix.segments.size());
    return next.isIndex() ? OptionalInt.of(next.index()) : OptionalInt.empty();
  }

  @Override
  public int compareTo(Path other) {
    return ORDER.compare(this, other);
  }

  private int compareSegments(Path other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Path other && Objects.equals(report, other.report)
        && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(report) * 31 + segments.hashCode();
  }

  /**
   * Returns the string form: {@code reviews[0].accepted}, {@code [曲江区 2020] reviews[0].carriedOver}, the
   * empty string for the root.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment.kind == Segment.Kind.FIELD || segment.kind == Segment.Kind.MEMBER) {
        out.append(out.length() == 0 ? "" : ".").append(segment.name);
      } else {
        out.append('[').append(segment.isIndex() ? String.valueOf(segment.index) : segment.name).append(']');
      }
    }
    if (report == null) {
      return out.toString();
    }
    return "[" + report + "]" + (out.length() == 0 ? "" : " " + out);
  }

  /**
   * One step of a {@link Path}: a field, an index or a key.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Immutable
  public static final class Segment implements Comparable<Segment>, Serializable {
    private static final long serialVersionUID = 1L;

    /** What a segment is, in the order segments compare. */
    enum Kind {
      FIELD,
      INDEX,
      KEY,
      MEMBER
    }

    private final Kind kind;
    /** The field's or member's name or the key; empty for an index. */
    private final String name;
    /** The index; -1 for a field or key. */
    private final int index;

    private Segment(Kind kind, String name, int index) {
      this.kind = kind;
      this.name = name;
      this.index = index;
    }

    /**
     * Returns whether this is a field, such as {@code reviews}.
     *
     * @return true for a field
     */
    public boolean isField() {
      return kind == Kind.FIELD;
    }

    /**
     * Returns whether this is a position in a list, such as {@code [0]}.
     *
     * @return true for an index
     */
    public boolean isIndex() {
      return kind == Kind.INDEX;
    }

    /**
     * Returns whether this is a key in brackets, such as {@code [new_received]}.
     *
     * @return true for a key
     */
    public boolean isKey() {
      return kind == Kind.KEY;
    }

    /**
     * Returns whether this is a member of a JSON object that is not a valid field name, such as
     * {@code 西安 市} (see {@link Path#member(String)}).
     *
     * @return true for a member
     */
    public boolean isMember() {
      return kind == Kind.MEMBER;
    }

    /**
     * Returns the field's or member's name, or the key.
     *
     * @return the name, never null
     * @throws IllegalStateException if this is an index
     */
    public String name() {
      if (kind == Kind.INDEX) {
        throw new IllegalStateException("an index ([" + index + "]) has no name");
      }
      return name;
    }

    /**
     * Returns the position in the list.
     *
     * @return the index, {@code >= 0}
     * @throws IllegalStateException if this is a field, key or member
     */
    public int index() {
      if (kind != Kind.INDEX) {
        throw new IllegalStateException(kind.name().toLowerCase(Locale.ROOT) + " (" + name
            + ") has no index");
      }
      return index;
    }

    @Override
    public int compareTo(Segment other) {
      int c = kind.compareTo(other.kind);
      if (c != 0) {
        return c;
      }
      return kind == Kind.INDEX ? Integer.compare(index, other.index) : name.compareTo(other.name);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Segment other && kind == other.kind && index == other.index
          && name.equals(other.name);
    }

    @Override
    public int hashCode() {
      return (kind.hashCode() * 31 + name.hashCode()) * 31 + index;
    }

    /** Returns {@code name} (of a field or member), {@code [0]} or {@code [key]}. */
    @Override
    public String toString() {
      return switch (kind) {
        case FIELD, MEMBER -> name;
        case INDEX -> "[" + index + "]";
        case KEY -> "[" + name + "]";
      };
    }
  }
}
