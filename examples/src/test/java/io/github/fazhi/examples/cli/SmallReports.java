package io.github.fazhi.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small fazhi JSON documents written for the reliability tests: one district, one number of 人民调解. */
final class SmallReports {
  private SmallReports() {}

  /** A 2020 report of {@code district} stating {@code disputes} 件 of mediation.disputes, as JSON. */
  static String json(String district, String title, String disputes) {
    return "{\"jurisdiction\":{\"name\":\"" + district + "\",\"level\":\"county\"},\"issuer\":\"" + district
        + "人民政府\",\"year\":2020,\"kind\":\"rule_of_law_annual\",\"title\":\"" + title + "\","
        + "\"workAreas\":[{\"ordinal\":1,\"title\":\"化解矛盾纠纷\",\"measures\":[{\"ordinal\":1,"
        + "\"text\":\"人民调解组织调处纠纷。\",\"indicators\":[{\"label\":\"人民调解组织调处各类民事纠纷\","
        + "\"code\":\"mediation.disputes\",\"kind\":\"count\",\"value\":" + disputes + ",\"unit\":\"件\"}]}]}]}";
  }

  static String json(String district, String disputes) {
    return json(district, district + "2020年法治政府建设年度报告", disputes);
  }

  static Path write(Path folder, String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
