package io.github.fazhi.check;

import io.github.fazhi.Report;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** A standard series rule: its id, the reports it applies to and its body; it prints as its id. */
record StandardSeriesRule(String id, Applicability applicability, Function<Collection<Report>, List<Finding>> body)
    implements SeriesRule {
  @Override
  public List<Finding> check(Collection<Report> reports) {
    return body.apply(reports);
  }

  @Override
  public String toString() {
    return id;
  }
}
