package io.github.fazhi.stats.opengov;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Total;
import io.github.fazhi.Unit;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.stats.opengov.OpenGovStatistics.Count;
import io.github.fazhi.stats.opengov.OpenGovStatistics.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The codes of the 政府信息公开 statistics ({@code open_gov.…}): what {@link OpenGovStatistics} sums over the
 * tables of 政府信息公开工作年度报告 — applications received by applicant type (Table B 一), carried over (二)
 * and carried forward (四) in the 总计 column; the shares of 予以公开 and 部分公开 among all results ((七)总计);
 * and Table C's correction rate per block (结果纠正 ÷ the concluded cases). Counts are sums over the reports
 * that state them; shares are ratios of sums over the reports that state both counts.
 *
 * <p>The codes are stable (the command line's {@code stats} and {@code chart} print and accept them). They
 * are written in the catalogue's code syntax, lower-case words joined by dots, as {@code open_gov.…}; the
 * rule ids of the same family are {@code opengov.…}, a separate namespace kept as released.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenGovCodes {
  /** The unit of every count: applications (件). */
  public static final Unit APPLICATIONS = Unit.of("件");

  /**
   * One code: a count ({@code count} set) or a share ({@code share} set).
   *
   * @param code  the code, {@code open_gov.received}
   * @param chinese  what it counts, in Chinese
   * @param count  the count of the statistics it names, or null for a share
   * @param share  the share of the statistics it names, or null for a count
   */
  public record Code(String code, String chinese, @Nullable Function<OpenGovStatistics, Count> count,
      @Nullable Function<OpenGovStatistics, Share> share) {
    /**
     * Returns whether this code names a share rather than a count.
     *
     * @return true for a share
     */
    public boolean isShare() {
      return share != null;
    }
  }

  /** Every code, in the order {@code stats} shows them; an immutable list. */
  public static final List<Code> CODES = codes();

  private OpenGovCodes() {}

  private static List<Code> codes() {
    List<Code> codes = new ArrayList<>();
    codes.add(count("open_gov.received", "本年新收政府信息公开申请", s -> s.received(ApplicantColumn.TOTAL)));
    for (ApplicantColumn column : ApplicantColumn.values()) {
      if (column != ApplicantColumn.TOTAL) {
        String chinese = "本年新收政府信息公开申请（" + (column.isLegalPerson() ? "法人或其他组织·" : "")
            + column.label() + "）";
        codes.add(count("open_gov.received." + column.name().toLowerCase(Locale.ROOT), chinese,
            s -> s.received(column)));
      }
    }
    codes.add(count("open_gov.carried_over", "上年结转政府信息公开申请", OpenGovStatistics::carriedOver));
    codes.add(count("open_gov.carried_forward", "结转下年度继续办理", OpenGovStatistics::carriedForward));
    codes.add(share("open_gov.disclosed_share", "予以公开占办理结果", OpenGovStatistics::disclosed));
    codes.add(share("open_gov.partly_disclosed_share", "部分公开占办理结果", OpenGovStatistics::partlyDisclosed));
    for (DisputeBlock block : DisputeBlock.values()) {
      codes.add(share("open_gov." + block.name().toLowerCase(Locale.ROOT) + ".correction_rate",
          "政府信息公开" + blockLabel(block) + "纠错率", s -> s.correction(block)));
    }
    return List.copyOf(codes);
  }

  /** A block's label without spaces, for a table's column: {@code 行政诉讼（未经复议直接起诉）}. */
  private static String blockLabel(DisputeBlock block) {
    String label = block.label();
    int space = label.indexOf(' ');
    return space < 0 ? label : label.substring(0, space) + "（" + label.substring(space + 1) + "）";
  }

  private static Code count(String code, String chinese, Function<OpenGovStatistics, Count> count) {
    return new Code(code, chinese, count, null);
  }

  private static Code share(String code, String chinese, Function<OpenGovStatistics, Share> share) {
    return new Code(code, chinese, null, share);
  }

  /**
   * Returns the code of that name.
   *
   * @param code  the code, not null
   * @return the code, or empty when no 政府信息公开 statistic has it
   */
  public static Optional<Code> find(String code) {
    return CODES.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Returns a sum of applications as a {@link Total} in 件, so that it shows and exports like the totals of
   * indicators.
   *
   * @param count  the sum, not null
   * @return the exact total, never null
   */
  public static Total total(Count count) {
    return Stream.of(Indicator.builder().label("政府信息公开申请").kind(IndicatorKind.COUNT)
        .value(BigDecimal.valueOf(count.sum())).unit(APPLICATIONS).build()).collect(Total.toTotal());
  }
}
