/**
 * Writing output files safely: {@link io.github.fazhi.examples.files.AtomicFiles} writes every file the
 * command line makes (JSON, outlines, charts, review pages) to a temporary file beside it and moves it into
 * place only when complete.
 */
@NullMarked
package io.github.fazhi.examples.files;

import org.jspecify.annotations.NullMarked;
