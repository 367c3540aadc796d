/**
 * Runnable examples of fazhi: small programs that each show one use (building a report in code, reading
 * and writing JSON, checking, a city roll-up, a trend over years, tallying review cases), and, in
 * {@link io.github.fazhi.examples.cli}, the {@code fazhi-examples.jar} command line. The reports bundled
 * in {@code io/github/fazhi/examples/reports} are real: the seed report and facts transcribed from other
 * published reports ({@link io.github.fazhi.examples.BundledReports}).
 */
@NullMarked
package io.github.fazhi.examples;

import org.jspecify.annotations.NullMarked;
