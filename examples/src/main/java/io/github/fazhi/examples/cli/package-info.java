/**
 * The {@code fazhi-examples.jar} command line: {@code stats}, {@code check} and {@code chart} over report
 * files, folders, or the bundled reports.
 */
@NullMarked
package io.github.fazhi.examples.cli;

import org.jspecify.annotations.NullMarked;
