/**
 * Review pages (审阅页面): a report's text with every number marked, its findings beside it and its review
 * tallies, as self-contained HTML pages for a person who checks reports one by one.
 */
@NullMarked
package io.github.fazhi.examples.review;

import org.jspecify.annotations.NullMarked;
