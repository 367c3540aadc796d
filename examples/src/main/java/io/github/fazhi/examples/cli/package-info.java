/**
 * The {@code fazhi-examples.jar} command line: {@code stats}, {@code check} and {@code chart} over report
 * files, folders, or the bundled reports; with no command, an {@link io.github.fazhi.examples.cli.Overview}
 * of the bundled reports. Long work shows a {@link io.github.fazhi.examples.cli.Progress} bar on a terminal.
 */
@NullMarked
package io.github.fazhi.examples.cli;

import org.jspecify.annotations.NullMarked;
