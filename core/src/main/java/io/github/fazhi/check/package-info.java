/**
 * Consistency checks (勾稽关系检查) of annual reports: {@link io.github.fazhi.check.Finding}s, the
 * {@link io.github.fazhi.check.Rule} and {@link io.github.fazhi.check.SeriesRule} interfaces users
 * implement, the {@link io.github.fazhi.check.ReportView} of one report that every rule reads, the
 * {@link io.github.fazhi.check.Applicability} that says which reports a rule is for, and
 * {@link io.github.fazhi.check.ReportChecker}, which runs the standard rules
 * ({@link io.github.fazhi.check.StandardRules}) and never throws. Its standard rules cover both report
 * kinds: the 法治政府 families live here, the 政府信息公开 families in {@code io.github.fazhi.check.opengov}
 * (not exported; their ids are in {@link io.github.fazhi.check.StandardRules.OpenGov}). A rule of one's own
 * is made with {@link io.github.fazhi.check.Rule#of} or by implementing {@link io.github.fazhi.check.Rule}.
 *
 * <p>Invariants are refused when a model value is built; consistency rules are what real reports often
 * break, so they are reported, never enforced.
 */
@FazhiStyle
@NullMarked
package io.github.fazhi.check;

import io.github.fazhi.FazhiStyle;
import org.jspecify.annotations.NullMarked;
