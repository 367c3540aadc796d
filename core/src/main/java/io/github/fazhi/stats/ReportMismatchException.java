package io.github.fazhi.stats;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when two reports cannot be compared year on year: they are not of the same body (jurisdiction
 * and issuer) and kind, or their years are not consecutive. The message names both reports and every
 * problem: {@code cannot compare 徐闻县 2021 (徐闻县司法局) with 徐闻县 2023 (徐闻县司法局): the later year
 * must be 2022, not 2023}.
 */
public final class ReportMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The earlier report, as named in the message. */
  private final String older;
  /** The later report, as named in the message. */
  private final String newer;
  /** Every reason the reports cannot be compared. */
  private final ImmutableList<String> problems;

  ReportMismatchException(String older, String newer, List<String> problems) {
    super("cannot compare " + older + " with " + newer + ": " + String.join("; ", problems));
    this.older = older;
    this.newer = newer;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns the earlier report as named in the message ({@code 徐闻县 2021 (徐闻县司法局)}).
   *
   * @return the name, never null
   */
  public String older() {
    return older;
  }

  /**
   * Returns the later report as named in the message.
   *
   * @return the name, never null
   */
  public String newer() {
    return newer;
  }

  /**
   * Returns every reason the reports cannot be compared.
   *
   * @return the problems, at least one; never null
   */
  public ImmutableList<String> problems() {
    return problems;
  }
}
