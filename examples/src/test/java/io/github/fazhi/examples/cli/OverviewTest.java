package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first run, with no command: what a newcomer sees. Counts are from the 12 bundled reports. */
class OverviewTest {
  @Test
  void noCommand_showsKindsYearsPlacesHeadlinesAndWhatNext() {
    CliRun run = CliRun.run();
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("fazhi: 12 reports");
    // 9 rule-of-law reports (seed, 北京, 静海, 六安, 闵行, 密云, 绍兴, 石家庄, 桐庐) and 3 open-government ones
    // (建新镇, 威海市, 文登区).
    assertThat(run.out()).contains("9 法治政府建设年度报告 (rule_of_law_annual)")
        .contains("3 政府信息公开工作年度报告 (open_gov_info_annual)");
    assertThat(run.out()).contains("years:   2016–2024: 2016 ×1, 2018 ×2, 2019 ×1, 2020 ×3, 2021 ×1, 2022 ×3, "
        + "2024 ×1");
    assertThat(run.out()).contains("12 jurisdictions: ").contains("曲江区").contains("威海市");
    // Seed: 11 received, 9 accepted: 81.8% (9/11); its correction rate needs outcome counts it lacks: —.
    assertThat(run.out()).containsPattern("曲江区 +2019 +法治政府 +\\d+ +11 +81\\.8% \\(9/11\\) +— +—");
    // 15.8万条 (威海市, rounded: ± 500) + 22条 (建新镇) = about 158,022 条, stated in 2 of 12.
    assertThat(run.out()).containsPattern("openness\\.items_published +主动公开信息 +约158022条 +2/12");
    // Review counts that are not catalogue codes are named from their procedure and count, not by their code.
    assertThat(run.out()).containsPattern("reconsideration\\.pending +行政复议尚未审结 +0件 +2/12")
        .containsPattern("litigation\\.received +行政诉讼收到 +0件 +2/12");
    // The chart hint names the total most reports state: 行政复议 received, in 3 of 12 (the seed, 建新镇, 文登区).
    assertThat(run.out()).contains("fazhi check --summary").contains("fazhi chart reconsideration.received --out");
  }
}
