/**
 * The converter that transcribes facts taken from real reports into the bundled report documents.
 */
@NullMarked
package io.github.fazhi.examples.facts;

import org.jspecify.annotations.NullMarked;
