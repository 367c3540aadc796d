/**
 * Reading a report's text or web page into a draft {@link io.github.fazhi.Report}: every number of the
 * draft keeps the span of the source it was read from, and what could not be placed is listed, never
 * guessed.
 */
@NullMarked
package io.github.fazhi.reader;

import org.jspecify.annotations.NullMarked;
