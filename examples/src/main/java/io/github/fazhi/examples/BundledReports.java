package io.github.fazhi.examples;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Report;
import io.github.fazhi.json.FazhiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real reports bundled with the examples (resources under {@code io/github/fazhi/examples/reports}):
 * the seed report and the facts transcribed by {@link io.github.fazhi.examples.facts.FactsConverter}. The
 * folder's {@code README.md} says where each comes from and which facts were left out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledReports {
  /** The resource folder of the bundled documents, relative to this class. */
  public static final String FOLDER = "reports/";

  /** The bundled documents' file names, in name order. */
  public static final ImmutableList<String> NAMES = ImmutableList.of(
      "beijing-2022-rule_of_law.json",
      "jinghai-2020-rule_of_law.json",
      "luan-sifaju-2022-rule_of_law.json",
      "minhang-2018-rule_of_law.json",
      "miyun-2022-rule_of_law.json",
      "qujiang-2019.json",
      "shaoxing-sifaju-2021-rule_of_law.json",
      "shijiazhuang-2016-rule_of_law.json",
      "suixi-jianxinzhen-2018-open_gov_info.json",
      "tonglu-2020-rule_of_law.json",
      "weihai-2024-open_gov_info.json",
      "wendeng-shenjiju-2020-open_gov_info.json");

  private BundledReports() {}

  /**
   * Opens one bundled document.
   *
   * @param name  one of {@link #NAMES}
   * @return the document's bytes, never null
   * @throws IllegalArgumentException if there is no such document
   */
  public static InputStream open(String name) {
    InputStream in = BundledReports.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalArgumentException("no bundled report " + name);
    }
    return in;
  }

  /**
   * Reads one bundled report.
   *
   * @param name  one of {@link #NAMES}
   * @return the report, never null
   * @throws IllegalArgumentException if there is no such document
   */
  public static Report read(String name) {
    try (InputStream in = open(name)) {
      return FazhiJson.reader().readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled report " + name + " cannot be read", e);
    }
  }

  /**
   * Reads every bundled report, in {@link #NAMES} order.
   *
   * @return the reports, never null
   */
  public static ImmutableList<Report> all() {
    return NAMES.stream().map(BundledReports::read).collect(ImmutableList.toImmutableList());
  }
}
