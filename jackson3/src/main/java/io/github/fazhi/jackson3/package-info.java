/**
 * An optional Jackson 3 binding for the fazhi model: {@link io.github.fazhi.jackson3.FazhiModule}, the
 * safe mapper factory {@link io.github.fazhi.jackson3.FazhiJson} with {@code readReports} and
 * {@code readAll}, and the streaming {@link io.github.fazhi.jackson3.ReportStreamReader}: the reading API
 * of fazhi-json. The one difference is Jackson 3's: a failure is an unchecked {@code JacksonException}
 * (the stream reader's a {@code StreamReadException} with the same message as fazhi-json's
 * {@code UncheckedIOException}), and {@code readReports} declares no {@code IOException}; {@code readAll}
 * gives the same {@code ReportFile}s, errors word for word. The format is the one of fazhi-json,
 * declared once in shared sources that both bindings compile: the same field names, the same bytes for
 * the same value, the same refusals and messages, and the same JSON Schema
 * ({@code io/github/fazhi/jackson3/report.schema.json}).
 */
@NullMarked
package io.github.fazhi.jackson3;

import org.jspecify.annotations.NullMarked;
