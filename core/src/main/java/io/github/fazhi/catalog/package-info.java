/**
 * The catalogue of well-known indicators (指标目录) of rule-of-law annual reports (see docs/domain.md, 'The indicator catalogue'):
 * {@link io.github.fazhi.catalog.IndicatorCatalog#standard()} gives each a stable code, Chinese and English
 * labels, its kind, its canonical unit, whether it is a share, and how it aggregates across reports
 * ({@link io.github.fazhi.catalog.Aggregation}). Users extend or replace it.
 */
@NullMarked
package io.github.fazhi.catalog;

import org.jspecify.annotations.NullMarked;
