/**
 * An optional Jackson 3 binding for the fazhi model: {@link io.github.fazhi.jackson3.FazhiModule} and the
 * safe mapper factory {@link io.github.fazhi.jackson3.FazhiJson}. The format is the one of fazhi-json,
 * declared once in shared sources that both bindings compile: the same field names, the same bytes for
 * the same value, the same refusals and messages, and the same JSON Schema
 * ({@code io/github/fazhi/jackson3/report.schema.json}).
 */
@NullMarked
package io.github.fazhi.jackson3;

import org.jspecify.annotations.NullMarked;
