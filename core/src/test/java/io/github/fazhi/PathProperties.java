package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of paths: the string form is read back, equality and order agree with it, prefixes compose; a
 * member holds any name and prints as JSON locations always have.
 */
class PathProperties {
  private static final List<String> FIELDS = List.of("reviews", "decisions", "upheld", "openGovInfo", "cells",
      "a_b", "x1", "名称", "a-b", "Z");
  private static final List<String> KEYS = List.of("new_received", "total", "a.b", "r1", "名", "x-y", "0a");
  private static final List<String> REPORTERS = List.of("曲江区", "X", "a b", "某局[试点]", "1");

  /** A path of up to six segments, with or without a report; each code picks a segment from the pools. */
  static Gen<Path> paths() {
    Gen<List<Integer>> codes = lists().of(integers().between(0, 29)).ofSizeBetween(0, 6);
    return integers().between(-1, REPORTERS.size() - 1).zip(codes, (report, steps) -> {
      Path path = report < 0 ? Path.root() : Path.inReport(REPORTERS.get(report), 2019 + report);
      for (int code : steps) {
        if (code < 10) {
          path = path.field(FIELDS.get(code));
        } else if (code < 20) {
          path = path.index(code == 19 ? Integer.MAX_VALUE : (code - 10) * 5);
        } else {
          path = path.key(KEYS.get((code - 20) % KEYS.size()));
        }
      }
      return path;
    });
  }

  /** Any name: the awkward ones (spaces, dots, brackets, empty, field names), then any characters. */
  static Gen<String> names() {
    return Generate.pick(List.of("西安 市", " ", "a b", "a.b", "x[0]", "[", "]", "", "reviews", "名", "a\tb",
        ".", "[1]", "a..b")).mix(strings().allPossible().ofLengthBetween(0, 6), 50);
  }

  /**
   * Steps of a JSON location as a binding's parser gives them: an array element's index (a code from 0) or
   * an object member's name (a code of -1 with a name).
   */
  private static Gen<List<Object>> jsonSteps() {
    Gen<Object> step = integers().between(0, 12).<Object>map(i -> i).mix(names().map(n -> (Object) n), 60);
    return lists().of(step).ofSizeBetween(0, 6);
  }

  /** Today's JSON location, as the bindings wrote it before paths were values: the reference. */
  private static String writtenAsBefore(List<Object> steps) {
    StringBuilder path = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append((String) step);
      }
    }
    return path.toString();
  }

  private static Path built(List<Object> steps) {
    Path path = Path.root();
    for (Object step : steps) {
      path = step instanceof Integer index ? path.index(index) : path.member((String) step);
    }
    return path;
  }

  /**
   * The steps made readable back by parse: a dot or bracket in a name becomes {@code _}, and an empty
   * first name {@code _}.
   */
  private static List<Object> readable(List<Object> steps) {
    List<Object> readable = new ArrayList<>();
    for (Object step : steps) {
      if (step instanceof String name) {
        String plain = name.replace('.', '_').replace('[', '_').replace(']', '_');
        readable.add(readable.isEmpty() && plain.isEmpty() ? "_" : plain);
      } else {
        readable.add(step);
      }
    }
    return readable;
  }

  @Test
  void members_printAsJsonLocationsWereWritten() {
    qt().forAll(jsonSteps()).checkAssert(steps -> assertThat(built(steps)).hasToString(writtenAsBefore(steps)));
  }

  @Test
  void parse_readsBackAPathWithMembers_whenNoNameHoldsADotOrBracket_andNoneFirstIsEmpty() {
    qt().forAll(jsonSteps().map(PathProperties::readable)).checkAssert(steps -> {
      Path path = built(steps);
      assertThat(Path.parse(path.toString())).isEqualTo(path);
      Path inReport = path.under(Path.inReport("曲江区", 2020));
      assertThat(Path.parse(inReport.toString())).isEqualTo(inReport);
    });
  }

  @Test
  void members_areEqualByName_andAFieldNameIsThatField() {
    qt().forAll(names(), names()).checkAssert((a, b) -> {
      Path p = Path.root().field("byCity").member(a);
      Path q = Path.root().field("byCity").member(b);
      assertThat(p.equals(q)).isEqualTo(a.equals(b));
      assertThat(p.compareTo(q) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(p.compareTo(q))).isEqualTo(-Integer.signum(q.compareTo(p)));
      if (a.equals(b)) {
        assertThat(p.hashCode()).isEqualTo(q.hashCode());
      }
      boolean fieldName = !a.isEmpty() && a.chars().noneMatch(c -> Character.isWhitespace(c) || c == '.'
          || c == '[' || c == ']');
      assertThat(p.last().orElseThrow().isField()).isEqualTo(fieldName);
      assertThat(p.last().orElseThrow().isMember()).isEqualTo(!fieldName);
      assertThat(p.last().orElseThrow().name()).isEqualTo(a);
      if (fieldName) {
        assertThat(p).isEqualTo(Path.root().field("byCity").field(a));
      }
    });
  }

  @Test
  void parse_readsBackWhatToStringWrites() {
    qt().forAll(paths()).checkAssert(p -> {
      assertThat(Path.parse(p.toString())).isEqualTo(p);
      assertThat(Path.parse(p.toString())).hasToString(p.toString());
    });
  }

  @Test
  void equalPaths_areThoseWithEqualStrings_andCompareAsZero() {
    qt().forAll(paths(), paths()).checkAssert((p, q) -> {
      assertThat(p.equals(q)).isEqualTo(p.toString().equals(q.toString()));
      assertThat(p.compareTo(q) == 0).isEqualTo(p.equals(q));
      assertThat(Integer.signum(p.compareTo(q))).isEqualTo(-Integer.signum(q.compareTo(p)));
      if (p.equals(q)) {
        assertThat(p.hashCode()).isEqualTo(q.hashCode());
      }
    });
  }

  @Test
  void order_isTransitive() {
    qt().forAll(paths(), paths(), paths()).checkAssert((p, q, r) -> {
      if (p.compareTo(q) <= 0 && q.compareTo(r) <= 0) {
        assertThat(p.compareTo(r)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void everyAncestor_isAPrefix_thatComesFirst_andResolvesBackToThePath() {
    qt().forAll(paths()).checkAssert(p -> {
      Path ancestor = p;
      while (true) {
        assertThat(p.startsWith(ancestor)).isTrue();
        assertThat(ancestor.compareTo(p)).isLessThanOrEqualTo(0);
        assertThat(ancestor.resolve(p.after(ancestor))).isEqualTo(p);
        assertThat(p.after(ancestor).segments()).hasSize(p.segments().size() - ancestor.segments().size());
        if (ancestor.parent().isEmpty()) {
          break;
        }
        ancestor = ancestor.parent().get();
      }
      assertThat(ancestor.isRoot()).isTrue();
    });
  }

  @Test
  void resolve_writesTheTwoStringsJoinedByADotBeforeAField() {
    qt().forAll(paths(), paths()).checkAssert((p, q) -> {
      Path a = p.withinReport();
      Path b = q.withinReport();
      String expected = a.isRoot() ? b.toString()
          : b.isRoot() ? a.toString()
          : a + (b.segments().get(0).isField() ? "." : "") + b;
      assertThat(a.resolve(b)).hasToString(expected);
      assertThat(a.resolve(b).startsWith(a)).isTrue();
      assertThat(a.resolve(b).after(a)).isEqualTo(b);
    });
  }
}
