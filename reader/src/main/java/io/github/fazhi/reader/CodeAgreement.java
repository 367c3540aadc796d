package io.github.fazhi.reader;

import io.github.fazhi.Indicator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the catalogue codes (指标代码) of one reading only where its guesses agree. The reader guesses a code from
 * each number's label ({@link io.github.fazhi.catalog.IndicatorCatalog#lookup}), so numbers of two different
 * things can get one code: a district's 政务服务事项 (515项) and its 政务服务事项清单 of another count, the
 * central group's 学习研讨 (5次) and every group's 专题学习 (400余场次). When the numbers of one code state
 * different values — as the checker compares them ({@code report.conflicting_values}): the value once scaled,
 * the qualifier, a unit that counts the same — under more than one label, the reader cannot tell one quantity
 * stated twice from two quantities given one code, and leaves the code off all of them; their labels, values and
 * spans stay. Numbers of one code that all carry one label keep it: that is one quantity stated with two values,
 * a conflict the checker reports (as it does for two equal labels without a code).
 */
final class CodeAgreement {
  private CodeAgreement() {}

  /** Where one indicator stands: its list and its index there. */
  private record At(List<Indicator> list, int index) {
    Indicator indicator() {
      return list.get(index);
    }
  }

  /**
   * Takes the code off the indicators whose code does not name one quantity, in place.
   *
   * @param lists  every list of indicators of one reading (before breakdowns are grouped, so each number is
   *     an item of a list), each changed in place: an indicator keeps its position
   */
  static void settle(List<List<Indicator>> lists) {
    Map<String, List<At>> byCode = new LinkedHashMap<>();
    for (List<Indicator> list : lists) {
      for (int i = 0; i < list.size(); i++) {
        Optional<String> code = list.get(i).code();
        if (code.isPresent()) {
          byCode.computeIfAbsent(code.get(), key -> new ArrayList<>()).add(new At(list, i));
        }
      }
    }
    for (List<At> group : byCode.values()) {
      if (group.size() > 1 && statesTwoValues(group) && hasTwoLabels(group)) {
        for (At at : group) {
          at.list().set(at.index(), Indicator.builder().from(at.indicator()).code(Optional.empty()).build());
        }
      }
    }
  }

  private static boolean statesTwoValues(List<At> group) {
    Indicator first = group.get(0).indicator();
    for (At at : group) {
      if (!first.statesSameAmountAs(at.indicator())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTwoLabels(List<At> group) {
    Set<String> labels = new HashSet<>();
    for (At at : group) {
      labels.add(at.indicator().comparableLabel());
    }
    return labels.size() > 1;
  }
}
