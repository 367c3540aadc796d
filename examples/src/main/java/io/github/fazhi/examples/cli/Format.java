package io.github.fazhi.examples.cli;

/** Output formats. */
enum Format {
  TABLE,
  CSV,
  JSON,
  XLSX
}
