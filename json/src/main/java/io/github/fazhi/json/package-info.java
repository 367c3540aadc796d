/**
 * An optional Jackson 2 binding for the fazhi model: {@link io.github.fazhi.json.FazhiModule}, the safe
 * mapper factory {@link io.github.fazhi.json.FazhiJson}, the streaming
 * {@link io.github.fazhi.json.ReportStreamReader} and the JSON Schema of the report format
 * ({@code io/github/fazhi/json/report.schema.json}).
 */
@NullMarked
package io.github.fazhi.json;

import org.jspecify.annotations.NullMarked;
