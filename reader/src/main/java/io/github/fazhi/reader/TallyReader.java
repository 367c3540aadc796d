package io.github.fazhi.reader;

import io.github.fazhi.Decision;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sentences about 行政复议 and 行政诉讼 into review tallies (案件统计): received (收到), accepted
 * (受理), not accepted (不予受理), concluded (审结/办结), withdrawn (撤回/撤诉), pending (未审结), decisions
 * (维持, 驳回, 撤销, 变更, 确认违法, 责令履行, 终止), for litigation the cases answered (应诉) and lost (败诉).
 *
 * <p>The report's own counting convention is kept (see docs/domain.md, 'Review counting conventions'):
 * when the withdrawn and the concluded cases together make up the accepted ones, withdrawals are counted
 * apart; pending is 0 only when the text says every other case was concluded (全部办结). A count is taken
 * from the first sentence that states it.
 */
final class TallyReader {
  private enum Role { RECEIVED, ACCEPTED, NOT_ACCEPTED, CONCLUDED, WITHDRAWN, PENDING, CARRIED_OVER, DECISION, LOST }

  private static final String SENTENCE_BREAKS = "。\n";

  private final Map<Procedure, Counts> counts = new EnumMap<>(Procedure.class);

  private static final class Counts {
    final Map<Role, Long> roles = new EnumMap<>(Role.class);
    final Map<Decision, Long> decisions = new LinkedHashMap<>();
    boolean allConcluded;
  }

  /** How far after a number its clause is read for the word that gives its role. */
  private static final int CLAUSE_REACH = 40;

  private final Steps steps;

  TallyReader() {
    this(Steps.none());
  }

  TallyReader(Steps steps) {
    this.steps = steps;
  }

  /**
   * Reads the tallies the mentions of one region state. The mentions are in source order; only those in
   * the region are looked at (found by binary search), and each sentence is found once for all its
   * numbers ({@link Sentences}), so the work is linear in the region's length and its numbers.
   */
  void read(String source, Region region, List<Mention> mentions) {
    Sentences sentences = new Sentences(source, SENTENCE_BREAKS, region.start(), region.end(), steps);
    int sentenceOfProcedure = -1;
    Optional<Procedure> procedure = Optional.empty();
    for (int m = firstAtOrAfter(mentions, region.start()); m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int at = mention.span().start();
      steps.one();
      if (at >= region.end()) {
        break;
      }
      if (!region.contains(at) || mention.form() != Mention.Form.NUMBER
          || mention.direction() != Mention.Direction.NONE || !mention.scale().isEmpty()
          || !isCaseUnit(mention.unit()) || mention.value().scale() > 0 && mention.value().stripTrailingZeros().scale() > 0) {
        continue;
      }
      int sentenceStart = sentences.start(at);
      int sentenceEnd = Math.max(sentences.end(at), Math.min(mention.span().end(), region.end()));
      if (sentenceStart != sentenceOfProcedure) {
        sentenceOfProcedure = sentenceStart;
        steps.add(sentenceEnd - sentenceStart);
        procedure = procedureOf(source.substring(sentenceStart, sentenceEnd));
      }
      if (procedure.isEmpty()) {
        continue;
      }
      int clauseStart = Labels.clauseStart(source, at, sentenceStart);
      int clauseEnd = mention.span().end();
      while (clauseEnd < sentenceEnd && clauseEnd - mention.span().end() < CLAUSE_REACH
          && Labels.CLAUSE_BREAKS.indexOf(source.charAt(clauseEnd)) < 0) {
        clauseEnd++;
      }
      String context = source.substring(clauseStart, at) + "|" + source.substring(mention.span().end(), clauseEnd);
      Counts tally = counts.computeIfAbsent(procedure.get(), p -> new Counts());
      long value;
      try {
        value = mention.value().longValueExact();
      } catch (ArithmeticException e) {
        continue;
      }
      Optional<Decision> decision = decisionOf(context);
      Optional<Role> role = decision.isPresent() ? Optional.of(Role.DECISION) : roleOf(context, procedure.get());
      if (role.isEmpty()) {
        continue;
      }
      if (role.get() == Role.DECISION) {
        tally.decisions.putIfAbsent(decision.orElseThrow(), value);
      } else {
        tally.roles.putIfAbsent(role.get(), value);
        if (role.get() == Role.CONCLUDED && context.contains("全部")) {
          tally.allConcluded = true;
        }
      }
    }
  }

  /** The index of the first mention starting at or after {@code offset}, by binary search. */
  static int firstAtOrAfter(List<Mention> mentions, int offset) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).span().start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The tallies read, one per procedure, in the order RECONSIDERATION, LITIGATION. */
  List<ReviewTally> tallies() {
    List<ReviewTally> tallies = new java.util.ArrayList<>();
    for (Map.Entry<Procedure, Counts> entry : counts.entrySet()) {
      Counts c = entry.getValue();
      if (c.roles.isEmpty() && c.decisions.isEmpty()) {
        continue;
      }
      ReviewTally.Builder builder = ReviewTally.builder().procedure(entry.getKey());
      Optional.ofNullable(c.roles.get(Role.RECEIVED)).ifPresent(builder::received);
      Optional.ofNullable(c.roles.get(Role.ACCEPTED)).ifPresent(builder::accepted);
      Optional.ofNullable(c.roles.get(Role.NOT_ACCEPTED)).ifPresent(builder::notAccepted);
      Optional.ofNullable(c.roles.get(Role.CARRIED_OVER)).ifPresent(builder::carriedOver);
      Optional.ofNullable(c.roles.get(Role.CONCLUDED)).ifPresent(builder::concluded);
      Optional.ofNullable(c.roles.get(Role.WITHDRAWN)).ifPresent(builder::withdrawn);
      Optional.ofNullable(c.roles.get(Role.PENDING)).ifPresent(builder::pending);
      Long accepted = c.roles.get(Role.ACCEPTED);
      Long concluded = c.roles.get(Role.CONCLUDED);
      Long withdrawn = c.roles.get(Role.WITHDRAWN);
      boolean apart = accepted != null && concluded != null && withdrawn != null && withdrawn + concluded == accepted;
      if (apart) {
        builder.withdrawalsCountedApart(true);
      }
      if (c.allConcluded && !c.roles.containsKey(Role.PENDING) && accepted != null && concluded != null
          && (apart || concluded.equals(accepted))) {
        builder.pending(0);
      }
      c.decisions.forEach(builder::putDecision);
      Optional.ofNullable(c.roles.get(Role.LOST)).ifPresent(lost -> builder.putOutcomeGroup(OutcomeGroup.CORRECTED, lost));
      try {
        tallies.add(builder.build());
      } catch (ValidationException e) {
        // a tally the model refuses is not kept: its numbers stay as indicators
      }
    }
    return tallies;
  }

  private static boolean isCaseUnit(String unit) {
    return unit.equals("件") || unit.equals("宗") || unit.equals("起") || unit.equals("个") || unit.equals("件次");
  }

  private static Optional<Procedure> procedureOf(String sentence) {
    boolean reconsideration = sentence.contains("行政复议") || sentence.contains("复议案件");
    boolean litigation = sentence.contains("行政诉讼") || sentence.contains("应诉") || sentence.contains("诉讼案件");
    if (reconsideration == litigation) {
      return Optional.empty();
    }
    return Optional.of(reconsideration ? Procedure.RECONSIDERATION : Procedure.LITIGATION);
  }

  private static Optional<Decision> decisionOf(String context) {
    if (context.contains("确认违法")) {
      return Optional.of(Decision.CONFIRMED_ILLEGAL);
    }
    if (context.contains("维持")) {
      return Optional.of(Decision.UPHELD);
    }
    if (context.contains("驳回")) {
      return Optional.of(Decision.REJECTED);
    }
    if (context.contains("撤销") && !context.contains("撤回")) {
      return Optional.of(Decision.REVOKED);
    }
    if (context.contains("变更")) {
      return Optional.of(Decision.CHANGED);
    }
    if (context.contains("责令履行")) {
      return Optional.of(Decision.ORDERED_TO_PERFORM);
    }
    if (context.contains("终止") && !context.contains("撤回")) {
      return Optional.of(Decision.TERMINATED);
    }
    return Optional.empty();
  }

  private static Optional<Role> roleOf(String context, Procedure procedure) {
    if (context.contains("不予受理")) {
      return Optional.of(Role.NOT_ACCEPTED);
    }
    if (context.contains("撤回") || context.contains("撤诉")) {
      return Optional.of(Role.WITHDRAWN);
    }
    if (context.contains("未审结") || context.contains("未办结") || context.contains("在审") || context.contains("正在审理")) {
      return Optional.of(Role.PENDING);
    }
    if (context.contains("结转")) {
      return Optional.of(Role.CARRIED_OVER);
    }
    if (context.contains("审结") || context.contains("办结") || context.contains("结案")) {
      return Optional.of(Role.CONCLUDED);
    }
    if (context.contains("败诉")) {
      return procedure == Procedure.LITIGATION ? Optional.of(Role.LOST) : Optional.empty();
    }
    if (context.contains("收到") || context.contains("接收") || context.contains("新收") || context.contains("收案")) {
      return Optional.of(Role.RECEIVED);
    }
    if (context.contains("受理")) {
      return Optional.of(Role.ACCEPTED);
    }
    if (procedure == Procedure.LITIGATION && context.contains("应诉") && !context.contains("出庭")) {
      return Optional.of(Role.RECEIVED);
    }
    return Optional.empty();
  }

  static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
