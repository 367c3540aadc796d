package io.github.fazhi.check.opengov;

import static io.github.fazhi.check.StandardRules.OpenGov.CARRIED_OVER_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.IN_FORCE_MISMATCH;

import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The 政府信息公开 rules across the years of one body: Table B's carried-over applications against the
 * previous year's carried-forward ones, and Table A's documents in force against the previous year's (2021
 * layout). Only reports of kind OPEN_GOV_INFO_ANNUAL with {@link Report#openGovInfo()} are compared.
 */
final class OpenGovSeriesRules {
  private OpenGovSeriesRules() {}

  private record Key(String body, int year) {}

  /** The reports of kind OPEN_GOV_INFO_ANNUAL with tables, by body and year (the first of duplicates). */
  private static Map<Key, Report> byBodyAndYear(Collection<Report> reports) {
    Map<Key, Report> out = new HashMap<>();
    for (Report report : reports) {
      if (OpenGovRules.applies(report)) {
        out.putIfAbsent(new Key(report.reportingBody(), report.year().getValue()), report);
      }
    }
    return out;
  }

  private static Path where(Report report) {
    return Path.inReport(report.reporterName(), report.year().getValue());
  }

  static List<Finding> carriedOver(Collection<Report> reports) {
    Map<Key, Report> index = byBodyAndYear(reports);
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      if (!OpenGovRules.applies(later)) {
        continue;
      }
      Report earlier = index.get(new Key(later.reportingBody(), later.year().getValue() - 1));
      Optional<ApplicationTable> now = later.openGovInfo().orElseThrow().applications();
      if (earlier == null || earlier == later || now.isEmpty()) {
        continue;
      }
      Optional<ApplicationTable> before = earlier.openGovInfo().orElseThrow().applications();
      if (before.isEmpty()) {
        continue;
      }
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong carried = now.get().cell(ApplicationRow.CARRIED_OVER, column);
        OptionalLong forward = before.get().cell(ApplicationRow.CARRIED_FORWARD, column);
        if (carried.isPresent() && forward.isPresent() && carried.getAsLong() != forward.getAsLong()) {
          out.add(Finding.of(CARRIED_OVER_MISMATCH, Severity.ERROR,
              ApplicationRules.path(ApplicationRow.CARRIED_OVER, column).under(where(later)),
              "in column " + column.label() + ", 二 上年结转 (" + carried.getAsLong() + ") must equal "
                  + earlier.year() + "'s 四 结转下年度继续办理 (" + forward.getAsLong() + ")",
              OpenGovRules.numbers(ImmutableMap.of("carriedOver", BigInteger.valueOf(carried.getAsLong()),
                  "previousCarriedForward", BigInteger.valueOf(forward.getAsLong())))));
        }
      }
    }
    return out;
  }

  static List<Finding> inForce(Collection<Report> reports) {
    Map<Key, Report> index = byBodyAndYear(reports);
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      if (!OpenGovRules.applies(later)) {
        continue;
      }
      Report earlier = index.get(new Key(later.reportingBody(), later.year().getValue() - 1));
      OpenGovInfo info = later.openGovInfo().orElseThrow();
      if (earlier == null || earlier == later || info.layout() != OpenGovLayout.FORMAT_2021
          || info.proactive().isEmpty()) {
        continue;
      }
      OpenGovInfo previous = earlier.openGovInfo().orElseThrow();
      if (previous.layout() != OpenGovLayout.FORMAT_2021 || previous.proactive().isEmpty()) {
        continue;
      }
      ProactiveDisclosureTable now = info.proactive().get();
      ProactiveDisclosureTable before = previous.proactive().get();
      for (ProactiveItem item : List.of(ProactiveItem.RULES, ProactiveItem.NORMATIVE_DOCUMENTS)) {
        Optional<BigDecimal> inForce = now.cell(item, ProactiveColumn.IN_FORCE);
        Optional<BigDecimal> issued = now.cell(item, ProactiveColumn.ISSUED);
        Optional<BigDecimal> repealed = now.cell(item, ProactiveColumn.REPEALED);
        Optional<BigDecimal> previousInForce = before.cell(item, ProactiveColumn.IN_FORCE);
        if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty() || previousInForce.isEmpty()) {
          continue;
        }
        BigDecimal expected = previousInForce.get().add(issued.get()).subtract(repealed.get());
        if (expected.compareTo(inForce.get()) != 0) {
          Map<String, BigDecimal> numbers = new LinkedHashMap<>();
          numbers.put("inForce", inForce.get());
          numbers.put("previousInForce", previousInForce.get());
          numbers.put("issued", issued.get());
          numbers.put("repealed", repealed.get());
          out.add(Finding.of(IN_FORCE_MISMATCH, Severity.ERROR,
              OpenGovInfo.PROACTIVE_PATH.resolve(new CellTable.Cell<>(item, ProactiveColumn.IN_FORCE).at())
                  .under(where(later)),
              item.label() + " 现行有效件数 (" + inForce.get().toPlainString() + ") must be " + earlier.year()
                  + "'s 现行有效件数 (" + previousInForce.get().toPlainString() + ") + 本年制发 ("
                  + issued.get().toPlainString() + ") − 本年废止 (" + repealed.get().toPlainString() + ") = "
                  + expected.toPlainString(),
              numbers));
        }
      }
    }
    return out;
  }
}
