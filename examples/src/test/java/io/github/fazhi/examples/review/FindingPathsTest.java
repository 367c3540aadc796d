package io.github.fazhi.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.opengov.OpenGovInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding paths matched to marks and tallies by their segments, never by reading their strings. */
class FindingPathsTest {
  private static final Path REVIEWS = Path.root().field("reviews");
  private static final Path AREA = Path.root().field("workAreas").index(0).field("indicators");

  @Test
  void tallyIndex_isTheIndexRightAfterReviews() {
    assertThat(FindingPaths.tallyIndex(REVIEWS.index(1).field("accepted"))).contains(1);
    assertThat(FindingPaths.tallyIndex(REVIEWS.index(12))).contains(12);
    // a series finding names its report first; the tally is the same
    assertThat(FindingPaths.tallyIndex(REVIEWS.index(3).field("carriedOver").under(Path.inReport("曲江区", 2020))))
        .contains(3);
    assertThat(FindingPaths.tallyIndex(REVIEWS)).isEmpty();
    assertThat(FindingPaths.tallyIndex(Path.root().field("headlineIndicators").index(0))).isEmpty();
    assertThat(FindingPaths.tallyIndex(Path.root().field("published"))).isEmpty();
  }

  @Test
  void longestPrefix_isTheDeepestMarkAboveTheFinding() {
    List<Path> marks = List.of(AREA.index(1), AREA.index(1).field("parts").index(0), AREA.index(10));
    assertThat(FindingPaths.longestPrefix(marks, AREA.index(1).field("parts").index(0).field("value")))
        .isEqualTo(1);
    assertThat(FindingPaths.longestPrefix(marks, AREA.index(1).field("parts"))).isZero();
    // indicators[10] lies under no mark of indicators[1], though its string starts with "…indicators[1"
    assertThat(FindingPaths.longestPrefix(marks, AREA.index(10).field("unit"))).isEqualTo(2);
    assertThat(FindingPaths.longestPrefix(List.of(AREA.index(1)), AREA.index(10))).isEqualTo(-1);
    assertThat(FindingPaths.longestPrefix(marks, AREA.index(1).under(Path.inReport("曲江区", 2020)))).isZero();
    assertThat(FindingPaths.longestPrefix(marks, Path.root())).isEqualTo(-1);
  }

  @Test
  void aCellsHtmlId_isItsSegmentsUnderOpenGovInfo() {
    Path cell = OpenGovInfo.DISPUTES_PATH.field("cells").key("reconsideration").key("total");
    assertThat(TableView.Cell.idOf(cell)).isEqualTo("cell-disputes-cells-reconsideration-total");
    assertThat(TableView.Cell.idOf(OpenGovInfo.PATH.field("overview").field("applications_received")))
        .isEqualTo("cell-overview-applications_received");
    assertThat(TableView.Cell.idOf(Path.root().field("reviews").index(2))).isEqualTo("cell-reviews-2");
  }
}
