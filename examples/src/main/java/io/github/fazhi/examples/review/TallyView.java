package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Rate;
import io.github.fazhi.ReviewTally;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A review tally as its page shows it: its counts ({@code —} where the report does not state one, never 0)
 * and its rates with their fractions.
 *
 * @param id  the HTML id ({@code tally-0}, …); findings about the tally link here
 * @param heading  the procedure in Chinese, with its route where stated
 * @param counts  the counts, each a label and its value
 * @param rates  the rates, each a label and {@code 81.8% (9/11)} or {@code —}
 */
public record TallyView(
    String id, String heading, ImmutableList<Cell> counts, ImmutableList<Cell> rates) {

  /** One labelled value; {@code value} is {@code —} when unknown. */
  public record Cell(String label, String value) {}

  static final String UNKNOWN = "—";

  static TallyView of(String id, ReviewTally tally) {
    String heading = tally.procedure().chinese() + tally.route().map(r -> "（" + r.chinese() + "）").orElse("");
    ImmutableList<Cell> counts = ImmutableList.of(
        count("收到 received", tally.received()),
        count("受理 accepted", tally.accepted()),
        count("不予受理 not accepted", tally.notAccepted()),
        count("上年结转 carried over", tally.carriedOver()),
        count("审结 concluded", tally.concluded()),
        count("撤回 withdrawn", tally.withdrawn()),
        count("未结 pending", tally.pending()));
    ImmutableList<Cell> rates = ImmutableList.of(
        rate("受理率 acceptance", tally.acceptanceRate()),
        rate("结案率 closure", tally.closureRate()),
        rate("纠错率 correction", tally.correctionRate()),
        rate("调解和解率 mediation", tally.mediationRate()));
    return new TallyView(id, heading, counts, rates);
  }

  private static Cell count(String label, OptionalLong value) {
    return new Cell(label, value.isPresent() ? Long.toString(value.getAsLong()) : UNKNOWN);
  }

  private static Cell rate(String label, Optional<Rate> rate) {
    return new Cell(label, rate.map(r -> r.percent(1).toPlainString() + "% (" + IndicatorDetails.fraction(r) + ")")
        .orElse(UNKNOWN));
  }
}
