/**
 * fazhi core: two kinds of annual reports as validated, immutable values with exact numbers — reports on
 * building a law-based government (法治政府建设年度报告, {@code io.github.fazhi}) and open-government-information
 * reports (政府信息公开工作年度报告, {@code io.github.fazhi.opengov}) — the consistency rules (勾稽关系) that check
 * them ({@code io.github.fazhi.check}, {@code io.github.fazhi.check.opengov}), the statistics across many
 * reports ({@code io.github.fazhi.stats}, {@code io.github.fazhi.stats.opengov}) and the indicator catalogue
 * ({@code io.github.fazhi.catalog}). {@code io.github.fazhi.internal} is not exported.
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
  exports io.github.fazhi.opengov;
  exports io.github.fazhi.catalog;
  exports io.github.fazhi.check;
  exports io.github.fazhi.stats;
  exports io.github.fazhi.stats.opengov;
}
