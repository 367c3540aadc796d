/**
 * Helpers the packages of fazhi core share: collecting broken invariants ({@link
 * io.github.fazhi.internal.Invariants}), overflow-checked sums, bit arrays, the syntax of codes and the comparison of
 * labels. This package is not exported by the module: do not depend on it, its types may change in any
 * release.
 */
@NullMarked
package io.github.fazhi.internal;

import org.jspecify.annotations.NullMarked;
