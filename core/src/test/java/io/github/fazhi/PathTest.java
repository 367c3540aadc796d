package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTest {
  private static final Path REVIEWS = Path.root().field("reviews");

  @Test
  void printsTheStringsFazhiHasAlwaysPrinted() {
    assertThat(Path.root()).hasToString("");
    assertThat(REVIEWS.index(0).field("decisions")).hasToString("reviews[0].decisions");
    assertThat(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received")
        .key("total")).hasToString("openGovInfo.applications.cells[new_received][total]");
    assertThat(Path.root().field("workAreas").index(1).field("measures").index(2).field("indicators").index(0)
        .field("parts").index(1)).hasToString("workAreas[1].measures[2].indicators[0].parts[1]");
    // a path relative to a list element starts with its index, as a violation of one tally does
    assertThat(Path.root().index(3).field("accepted")).hasToString("[3].accepted");
  }

  @Test
  void aPathAcrossReports_namesItsReportInBracketsThenASpace() {
    Path root = Path.inReport("曲江区", 2020);
    assertThat(root).hasToString("[曲江区 2020]");
    assertThat(REVIEWS.index(0).field("carriedOver").under(root))
        .hasToString("[曲江区 2020] reviews[0].carriedOver");
    assertThat(root.field("reviews").report()).contains("曲江区 2020");
    assertThat(root.field("reviews").withinReport()).isEqualTo(REVIEWS);
    assertThat(REVIEWS.report()).isEmpty();
    // ASCII brackets in a name would make the string ambiguous: they are written full-width
    assertThat(Path.inReport("某局[试点]", 2021)).hasToString("[某局［试点］ 2021]");
  }

  @Test
  void resolveAndUnder_joinWithADotBeforeAFieldOnly() {
    assertThat(REVIEWS.index(0).resolve(Path.root().field("decisions").field("upheld")))
        .hasToString("reviews[0].decisions.upheld");
    assertThat(REVIEWS.resolve(Path.root().index(2))).hasToString("reviews[2]");
    assertThat(Path.root().field("accepted").under(REVIEWS.index(1))).hasToString("reviews[1].accepted");
    assertThat(REVIEWS.resolve(Path.root())).isSameAs(REVIEWS);
    assertThat(Path.root().resolve(REVIEWS)).isEqualTo(REVIEWS);
  }

  @Test
  void answersWhichTallyAndWhichPart_withoutReadingTheString() {
    Path accepted = REVIEWS.index(12).field("accepted");
    assertThat(accepted.indexAfter(REVIEWS)).isEqualTo(OptionalInt.of(12));
    assertThat(accepted.startsWith(REVIEWS.index(12))).isTrue();
    // the string "reviews[12].accepted" starts with "reviews[1]", the path does not
    assertThat(accepted.startsWith(REVIEWS.index(1))).isFalse();
    assertThat(Path.root().field("reviewsOld").index(1).indexAfter(REVIEWS)).isEmpty();
    assertThat(REVIEWS.indexAfter(REVIEWS)).isEmpty();
    assertThat(REVIEWS.field("x").indexAfter(REVIEWS)).isEmpty();
    Path cell = Path.root().field("openGovInfo").field("disputes").field("cells").key("reconsideration")
        .key("total");
    assertThat(cell.startsWith(Path.root().field("openGovInfo"))).isTrue();
    assertThat(cell.after(Path.root().field("openGovInfo"))).hasToString("disputes.cells[reconsideration][total]");
    assertThat(cell.after(cell)).isEqualTo(Path.root());
    assertThatThrownBy(() -> cell.after(REVIEWS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not start with reviews");
    // a path in a report does not start with one outside any report
    assertThat(REVIEWS.under(Path.inReport("曲江区", 2020)).startsWith(REVIEWS)).isFalse();
  }

  @Test
  void parentLastAndSegments() {
    Path accepted = REVIEWS.index(0).field("accepted");
    assertThat(accepted.parent()).contains(REVIEWS.index(0));
    assertThat(Path.root().parent()).isEmpty();
    assertThat(Path.root().isRoot()).isTrue();
    assertThat(Path.inReport("曲江区", 2020).isRoot()).isTrue();
    assertThat(accepted.last().map(Path.Segment::name)).contains("accepted");
    assertThat(Path.root().last()).isEmpty();
    List<Path.Segment> segments = accepted.segments();
    assertThat(segments).hasSize(3);
    assertThat(segments.get(0).isField()).isTrue();
    assertThat(segments.get(1).isIndex()).isTrue();
    assertThat(segments.get(1).index()).isZero();
    assertThat(segments.get(1)).hasToString("[0]");
    Path.Segment key = Path.root().key("total").segments().get(0);
    assertThat(key.isKey()).isTrue();
    assertThat(key).hasToString("[total]");
    assertThatThrownBy(segments.get(1)::name).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(key::index).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMember_holdsAnyName_andPrintsItAsJsonLocationsAlwaysHave() {
    Path byCity = Path.root().field("byCity");
    // a user's map key with a space, which no field may hold
    Path xian = byCity.member("西安 市");
    assertThat(xian).hasToString("byCity.西安 市");
    assertThat(xian.index(0).field("accepted")).hasToString("byCity.西安 市[0].accepted");
    assertThat(xian.last().orElseThrow().isMember()).isTrue();
    assertThat(xian.last().orElseThrow().isField()).isFalse();
    assertThat(xian.last().orElseThrow().name()).isEqualTo("西安 市");
    assertThat(xian.last().orElseThrow()).hasToString("西安 市");
    assertThatThrownBy(xian.last().orElseThrow()::index).isInstanceOf(IllegalStateException.class)
        .hasMessage("member (西安 市) has no index");
    // dots and brackets are written as they are
    assertThat(byCity.member("a.b")).hasToString("byCity.a.b");
    assertThat(byCity.member("x[0]")).hasToString("byCity.x[0]");
    // an empty name: a dot after something, nothing at the start
    assertThat(byCity.member("").index(1)).hasToString("byCity.[1]");
    assertThat(Path.root().member("")).hasToString("");
    assertThat(Path.root().member("").field("reviews")).hasToString("reviews");
    assertThat(Path.root().member(" 空 ")).hasToString(" 空 ");
    assertThat(Path.root().member("k").under(Path.inReport("曲江区", 2020))).hasToString("[曲江区 2020] k");
  }

  @Test
  void aMemberThatIsAFieldName_isThatField() {
    assertThat(Path.root().member("reviews")).isEqualTo(REVIEWS);
    assertThat(Path.root().member("reviews").last().orElseThrow().isField()).isTrue();
    assertThat(Path.root().member("reviews").last().orElseThrow().isMember()).isFalse();
    assertThat(REVIEWS.index(0).member("accepted")).isEqualTo(REVIEWS.index(0).field("accepted"));
    // a name that is no field name stays a member, unequal to the fields that print alike
    assertThat(REVIEWS.member("a.b")).isNotEqualTo(REVIEWS.field("a").field("b")).hasToString("reviews.a.b");
    assertThat(REVIEWS.member("a b")).isNotEqualTo(REVIEWS.member("a  b"));
  }

  @Test
  void parse_readsAMemberBack_whenItsNameHasNoDotOrBracket() {
    Path xian = Path.root().field("byCity").member("西安 市").index(0).field("accepted");
    assertThat(Path.parse("byCity.西安 市[0].accepted")).isEqualTo(xian);
    assertThat(Path.parse("a b")).isEqualTo(Path.root().member("a b"));
    assertThat(Path.parse("a..b")).isEqualTo(Path.root().field("a").member("").field("b"));
    assertThat(Path.parse("a.")).isEqualTo(Path.root().field("a").member(""));
    assertThat(Path.parse("[曲江区 2020] c d")).isEqualTo(Path.root().member("c d").under(Path.inReport("曲江区", 2020)));
    // ambiguous names read back as the path they print like
    assertThat(Path.parse(REVIEWS.member("a.b").toString())).isEqualTo(REVIEWS.field("a").field("b"));
    assertThat(Path.parse(Path.root().member("").field("x").toString())).isEqualTo(Path.root().field("x"));
  }

  @Test
  void ordersIndexesByNumber_andAPathBeforeThoseUnderIt() {
    // a field before an index before a key before a member; members by name
    assertThat(REVIEWS.member("a b")).isGreaterThan(REVIEWS.key("z")).isGreaterThan(REVIEWS.index(9))
        .isGreaterThan(REVIEWS.field("z")).isLessThan(REVIEWS.member("a c"));
    List<Path> sorted = new ArrayList<>(List.of(REVIEWS.index(10), REVIEWS.index(2).field("accepted"),
        REVIEWS.index(2), Path.inReport("曲江区", 2020), REVIEWS, Path.root()));
    sorted.sort(null);
    assertThat(sorted).containsExactly(Path.root(), REVIEWS, REVIEWS.index(2), REVIEWS.index(2).field("accepted"),
        REVIEWS.index(10), Path.inReport("曲江区", 2020));
  }

  @Test
  void refusesSegmentsThatWouldMakeTheStringAmbiguous() {
    assertThatThrownBy(() -> REVIEWS.field("a.b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.b");
    assertThatThrownBy(() -> REVIEWS.field("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REVIEWS.field("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REVIEWS.field("a[0]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REVIEWS.key("12")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> REVIEWS.key("a]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REVIEWS.index(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index (-1) must be >= 0");
    assertThatThrownBy(() -> Path.inReport(" ", 2020)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_readsTheStringForm() {
    assertThat(Path.parse("")).isEqualTo(Path.root());
    assertThat(Path.parse("reviews[0].decisions.upheld"))
        .isEqualTo(REVIEWS.index(0).field("decisions").field("upheld"));
    assertThat(Path.parse("cells[new_received][total]"))
        .isEqualTo(Path.root().field("cells").key("new_received").key("total"));
    assertThat(Path.parse("[2].accepted")).isEqualTo(Path.root().index(2).field("accepted"));
    assertThat(Path.parse("[曲江区 2020] reviews[0]")).isEqualTo(REVIEWS.index(0).under(Path.inReport("曲江区", 2020)));
    assertThat(Path.parse("[曲江区 2020]")).isEqualTo(Path.inReport("曲江区", 2020));
    assertThat(Path.parse("[曲江区 2020] [1]")).isEqualTo(Path.root().index(1).under(Path.inReport("曲江区", 2020)));
  }

  @ParameterizedTest
  @ValueSource(strings = {".a", "a[", "a[]", "a[01]", "a[0]b", "a]", "[x] ", "[曲江区 2020] ", "[ ] a",
      "[abc] x", "a[99999999999]", "[0] a", "a[b c]"})
  void parse_refusesWhatNoPathPrints(String text) {
    assertThatThrownBy(() -> Path.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Path.root(), Path.parse(""), REVIEWS.parent().orElseThrow())
        .addEqualityGroup(REVIEWS, Path.parse("reviews"), REVIEWS.index(0).parent().orElseThrow())
        .addEqualityGroup(REVIEWS.index(0), Path.parse("reviews[0]"))
        .addEqualityGroup(REVIEWS.index(1))
        .addEqualityGroup(Path.root().field("reviews").key("a"))
        .addEqualityGroup(Path.root().field("reviews").member("a b"), Path.parse("reviews.a b"))
        .addEqualityGroup(Path.root().field("reviews").member("a.b"))
        .addEqualityGroup(Path.root().field("reviews").field("a").field("b"), Path.parse("reviews.a.b"))
        .addEqualityGroup(Path.inReport("曲江区", 2020), Path.parse("[曲江区 2020]"))
        .addEqualityGroup(REVIEWS.under(Path.inReport("曲江区", 2020)), Path.parse("[曲江区 2020] reviews"))
        .testEquals();
  }

  @Test
  void nullsAndSerialization() {
    new NullPointerTester().testAllPublicStaticMethods(Path.class);
    new NullPointerTester().testAllPublicInstanceMethods(REVIEWS.index(0));
    SerializableTester.reserializeAndAssert(REVIEWS.index(0).field("decisions").key("upheld"));
    SerializableTester.reserializeAndAssert(REVIEWS.under(Path.inReport("曲江区", 2020)));
    assertThat(Optional.of(Path.root())).isPresent();
  }
}
