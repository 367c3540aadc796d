/**
 * Bar charts that render anywhere: a {@link io.github.fazhi.examples.chart.BarChart} is laid out once
 * and drawn as SVG, where every string is an SVG {@code <text>} element with a font stack that names the
 * common Chinese fonts (so the reader's own fonts draw the characters, never outlines taken from the JVM's
 * fonts), or as PNG through Java2D with a Chinese font found on the machine.
 */
@NullMarked
package io.github.fazhi.examples.chart;

import org.jspecify.annotations.NullMarked;
