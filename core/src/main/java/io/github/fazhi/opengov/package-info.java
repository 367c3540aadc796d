/**
 * The open-government-information annual report (政府信息公开工作年度报告): {@link
 * io.github.fazhi.opengov.OpenGovInfo}, the part of a {@link io.github.fazhi.Report} of kind {@code
 * OPEN_GOV_INFO_ANNUAL} that holds its three tables — A 主动公开, B 依申请公开 and C 复议诉讼 — in the official
 * layouts of 2019 and 2021, its six sections and the numbers its overview states in prose (see
 * docs/domain.md, 'Open government information tables').
 *
 * <p>Every type is an immutable value or an enum; builders refuse a cell the layout does not have or a
 * negative count, and report every broken invariant at once in a {@link io.github.fazhi.ValidationException}.
 * A cell a report does not state is absent: unknown, not zero. Whether the cells add up is for the rules of
 * {@code io.github.fazhi.check.opengov}.
 *
 * <p>Java types of this family are named {@code OpenGov…}; {@code OpenGovInfo} is the value held at {@link
 * io.github.fazhi.Report#openGovInfo()}, the JSON field {@code openGovInfo}.
 */
@FazhiStyle
@NullMarked
package io.github.fazhi.opengov;

import io.github.fazhi.FazhiStyle;
import org.jspecify.annotations.NullMarked;
