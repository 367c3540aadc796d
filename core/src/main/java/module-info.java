/**
 * fazhi core: annual reports on building a law-based government (法治政府建设年度报告) as validated,
 * immutable values, with exact numbers for their statistics.
 *
 * <p>The only runtime dependency is Guava. Immutables and JSpecify are compile-time only.
 */
module io.github.fazhi {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.fazhi;
  exports io.github.fazhi.catalog;
  exports io.github.fazhi.check;
  exports io.github.fazhi.stats;
}
