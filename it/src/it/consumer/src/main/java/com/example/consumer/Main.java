package com.example.consumer;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.json.FazhiJson;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the report named by the first argument, checks it and prints its reconsideration acceptance rate. */
public final class Main {
  private Main() {}

  /**
   * Runs the program.
   *
   * @param args the path of a fazhi JSON report
   * @throws IOException if the report cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report report = FazhiJson.mapper().readValue(Path.of(args[0]).toFile(), Report.class);
    ImmutableList<Finding> findings = ReportChecker.standard().check(report);
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    Rate acceptance =
        report.review(Procedure.RECONSIDERATION).orElseThrow().acceptanceRate().orElseThrow();
    String where = Main.class.getModule().isNamed()
        ? "module path (" + Report.class.getModule().getName() + ")"
        : "class path";
    System.out.println("fazhi-consumer on the " + where + ": report " + report.jurisdiction().flatMap(Jurisdiction::code).orElse("?") + "/" + report.year()
        + ", " + errors + " errors, reconsideration acceptance rate " + acceptance.numerator() + "/"
        + acceptance.denominator() + " = " + acceptance.percent(1) + "%");
  }
}
