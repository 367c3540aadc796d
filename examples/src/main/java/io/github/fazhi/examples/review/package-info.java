/**
 * Review pages (审阅页面): a report's text with every number marked, its findings beside it, its review
 * tallies and, for a 政府信息公开工作年度报告, its sections, overview figures and Tables A, B and C with the
 * cells the findings name marked, as self-contained HTML pages for a person who checks reports one by one.
 */
@NullMarked
package io.github.fazhi.examples.review;

import org.jspecify.annotations.NullMarked;
