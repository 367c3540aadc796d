package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Breakdowns (其中…) and shares with their basis (…52件，占43.3%) read into the model: the parts go into their
 * whole, each traced to its span; whatever is not clearly a breakdown stays flat. The texts are written for
 * this test in the style of real reports.
 */
class BreakdownReadingTest {
  private static String report(String body) {
    return String.join("\n",
        "白沙市东湖区2022年法治政府建设年度报告",
        "一、主要举措和成效",
        "（一）化解行政争议。" + body,
        "东湖区人民政府",
        "2023年2月20日");
  }

  private static Draft read(String body) {
    return ReportReader.standard().read(report(body), Hints.none());
  }

  private static List<String> shown(List<Indicator> indicators) {
    return indicators.stream().map(i -> i.written().orElseThrow() + (i.parts().isEmpty() ? ""
        : " " + i.parts().stream().map(p -> p.written().orElseThrow()).toList())
        + i.basis().map(b -> " of " + b).orElse("")).toList();
  }

  @Test
  void theParts_goIntoTheirWhole_andAShareGetsItsBasis() {
    Draft draft = read("全年共收到行政复议申请120件，其中行政处罚类52件，占43.3%，行政强制类11件、政府信息公开类38件。"
        + "办结率98%。");
    Report report = draft.report().orElseThrow(() -> new AssertionError(draft.toString()));
    List<Indicator> numbers = report.workAreas().get(0).indicators();
    assertThat(shown(numbers)).containsExactly("120件 [52件, 11件, 38件]", "43.3% of 52/120", "98%");
    assertThat(numbers.get(0).partsComplete()).isFalse();
    // every number of the draft, parts included, traced to its span
    String text = report("全年共收到行政复议申请120件，其中行政处罚类52件，占43.3%，行政强制类11件、政府信息公开类38件。"
        + "办结率98%。");
    assertThat(draft.traces()).extracting(Trace::path).containsExactly(
        "workAreas[0].indicators[0]", "workAreas[0].indicators[0].parts[0]", "workAreas[0].indicators[0].parts[1]",
        "workAreas[0].indicators[0].parts[2]", "workAreas[0].indicators[1]", "workAreas[0].indicators[2]");
    for (Trace trace : draft.traces()) {
      assertThat(text.substring(trace.span().start(), trace.span().end()))
          .isEqualTo(trace.indicator().written().orElseThrow());
    }
    // the share and the parts agree with their whole: the checker finds nothing to say about them
    assertThat(ReportChecker.standard().check(report)).noneMatch(f -> f.ruleId().equals(StandardRules.RATE_MISMATCH)
        || f.ruleId().equals(StandardRules.PARTS_EXCEED_WHOLE));
    assertThat(numbers.get(1).basis()).hasValue(Rate.of(52, 120));
  }

  @Test
  void whatIsNotClearlyABreakdown_staysFlat() {
    // a rate among the parts, parts that exceed their whole, another unit, 其中 after the sentence ends
    for (String body : List.of(
        "办理案件86件，其中办结率98%，群众满意20件。",
        "受理案件12件，其中行政处罚8件、行政强制7件。",
        "培训执法人员200人次，其中领导干部50人。",
        "受理案件12件。其中行政处罚8件。")) {
      List<Indicator> numbers = read(body).report().orElseThrow().workAreas().get(0).indicators();
      assertThat(numbers).as(body).allMatch(i -> i.parts().isEmpty());
    }
  }

  @Test
  void aShareIsBasedOnlyOnExactCounts() {
    List<Indicator> numbers = read("受理案件约120件，其中行政处罚52件，占43.3%。").report().orElseThrow()
        .workAreas().get(0).indicators();
    assertThat(shown(numbers)).containsExactly("约120件 [52件]", "43.3%");
  }
}
