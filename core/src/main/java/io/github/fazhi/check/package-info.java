/**
 * Consistency checks (勾稽关系检查) of rule-of-law annual reports: {@link io.github.fazhi.check.Finding}s,
 * the {@link io.github.fazhi.check.Rule} and {@link io.github.fazhi.check.SeriesRule} interfaces users
 * implement, and {@link io.github.fazhi.check.ReportChecker}, which runs the standard rules
 * ({@link io.github.fazhi.check.StandardRules}) and never throws.
 *
 * <p>Invariants are refused when a model value is built; consistency rules are what real reports often
 * break, so they are reported, never enforced.
 */
@NullMarked
package io.github.fazhi.check;

import org.jspecify.annotations.NullMarked;
