/**
 * The model of a rule-of-law annual report (法治政府建设年度报告) and the exact numbers its statistics
 * rest on.
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
