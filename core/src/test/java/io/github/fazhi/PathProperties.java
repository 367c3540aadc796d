package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of paths: the string form is read back, equality and order agree with it, prefixes compose. */
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
