/**
 * An optional Jackson 2 binding for the fazhi model: {@link io.github.fazhi.json.FazhiModule}, the safe
 * mapper factory {@link io.github.fazhi.json.FazhiJson}, the streaming
 * {@link io.github.fazhi.json.ReportStreamReader} and the JSON Schema of the report format
 * ({@code io/github/fazhi/json/report.schema.json}). fazhi-jackson3 offers the same reading API
 * ({@code readReports}, {@code readAll}, {@code ReportStreamReader}, {@code ReportFile}) with Jackson 3's
 * unchecked exceptions in place of {@code IOException}/{@code UncheckedIOException}.
 */
@NullMarked
package io.github.fazhi.json;

import org.jspecify.annotations.NullMarked;
