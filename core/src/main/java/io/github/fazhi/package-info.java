/**
 * The model of a rule-of-law annual report (法治政府建设年度报告), the {@link io.github.fazhi.Report} that
 * holds a report of any kind, and the exact numbers statistics rest on ({@link io.github.fazhi.Rate},
 * {@link io.github.fazhi.Total}, {@link io.github.fazhi.Unit}) and the exceptions of the model. The
 * tables of an open-government-information report (政府信息公开工作年度报告) live in {@code
 * io.github.fazhi.opengov}.
 *
 * <p>Every model type is an immutable value built through {@code X.builder()…build()}. A builder refuses
 * to make a value that breaks an invariant and reports every broken invariant at once in a
 * {@link io.github.fazhi.ValidationException}. Inconsistencies between numbers (勾稽关系) are not
 * invariants: such reports can still be held, and the checker reports them.
 *
 * <p>Unknown is not zero: what a report does not state is an empty {@code Optional}/{@code OptionalLong},
 * and anything computed from it is empty too.
 */
@FazhiStyle
@NullMarked
package io.github.fazhi;

import org.jspecify.annotations.NullMarked;
