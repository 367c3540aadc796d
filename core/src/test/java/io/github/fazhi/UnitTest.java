package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

public class UnitTest {
  @ParameterizedTest(name = "{0} is {2} × {1}, counted in {3}")
  @CsvSource(delimiterString = "|", value = {
    "件       | 件     | 1                | 件",
    "宗       | 宗     | 1                | 件",
    "万件     | 件     | 10000            | 件",
    "亿元     | 元     | 100000000        | 元",
    "万元     | 元     | 10000            | 元",
    "万亿元   | 元     | 1000000000000    | 元",
    "万人     | 人     | 10000            | 人",
    "名       | 名     | 1                | 人",
    "人次     | 人次   | 1                | 人次",
    "件(次)   | 件(次) | 1                | 件(次)",
    "件（次）  | 件(次) | 1                | 件(次)",
    "%        | %      | 1                | %",
    "％       | ％     | 1                | %",
    "﹪       | ﹪     | 1                | %",
    "天       | 天     | 1                | 日",
    "个百分点 | 个百分点 | 1              | 个百分点",
    "万条     | 条     | 10000            | 条",
  })
  void of_knowsBaseScaleAndCanonicalUnit(String written, String base, long scale, String canonical) {
    Unit unit = Unit.of(written);
    assertThat(unit.written()).isEqualTo(written.strip());
    assertThat(unit.base().written()).isEqualTo(base);
    assertThat(unit.scale()).isEqualTo(scale);
    assertThat(unit.canonical().written()).isEqualTo(canonical);
  }

  @Test
  void scaledValues_areExact() {
    assertThat(Unit.of("万人").toBase(new BigDecimal("1.19"))).isEqualByComparingTo("11900");
    assertThat(Unit.of("万元").toBase(new BigDecimal("5534.04"))).isEqualByComparingTo("55340400");
    assertThat(Unit.of("亿元").toBase(new BigDecimal("1.12"))).isEqualByComparingTo("112000000");
    BigDecimal same = new BigDecimal("7");
    assertThat(Unit.of("件").toBase(same)).isSameAs(same);
  }

  @Test
  void countsSameAs_mergesCaseUnits_butNotPeopleAndCases() {
    assertThat(Unit.of("宗").countsSameAs(Unit.of("件"))).isTrue();
    assertThat(Unit.of("万宗").countsSameAs(Unit.of("件"))).isTrue();
    assertThat(Unit.of("件（次）").countsSameAs(Unit.of("件(次)"))).isTrue();
    assertThat(Unit.of("人").countsSameAs(Unit.of("件"))).isFalse();
    assertThat(Unit.of("人").countsSameAs(Unit.of("人次"))).isFalse();
    assertThat(Unit.of("件(次)").countsSameAs(Unit.of("件"))).isFalse();
  }

  @Test
  void percentSigns_andPercentagePoints_areRecognised() {
    assertThat(Unit.of("%").isPercent()).isTrue();
    assertThat(Unit.of("％").isPercent()).isTrue();
    assertThat(Unit.of("﹪").isPercent()).isTrue();
    assertThat(Unit.of("个").isPercent()).isFalse();
    assertThat(Unit.of("个百分点").isPercentagePoints()).isTrue();
    assertThat(Unit.of("百分点").isPercentagePoints()).isTrue();
    assertThat(Unit.of("%").isPercentagePoints()).isFalse();
    assertThat(Unit.PERCENT).isEqualTo(Unit.of("%"));
    assertThat(Unit.PERCENTAGE_POINTS.isPercentagePoints()).isTrue();
    // neither a scaled sign nor a unit that only contains one is a percent sign
    assertThat(Unit.of("万％").isPercent()).isFalse();
    assertThat(Unit.of("万个百分点").isPercentagePoints()).isFalse();
    assertThat(Unit.of("%点").isPercent()).isFalse();
    assertThat(Unit.of("百分点").isPercent()).isFalse();
    assertThat(Unit.of("﹪").base().isPercent()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "万", "亿", "3件", "件 次", "件\u0000", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"})
  void of_refusesWhatIsNotAUnit(String written) {
    assertThatThrownBy(() -> Unit.of(written))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit (\"" + written + "\")");
  }

  @Test
  void of_acceptsUpTo32Characters_andScaleWordsBeforeAUnit() {
    String longest = "一".repeat(32);
    assertThat(Unit.of(longest).written()).hasSize(32);
    assertThatThrownBy(() -> Unit.of(longest + "一")).isInstanceOf(ValidationException.class);
    assertThat(Unit.of("万亿").scale()).isEqualTo(10_000); // 万 of the unit 亿, not 10¹² of nothing
    assertThat(Unit.of("万亿").base().written()).isEqualTo("亿");
  }

  @Test
  void commonUnits_areShared_andCanonicalUnitsAreTheirOwnCanonical() {
    assertThat(Unit.of("宗")).isSameAs(Unit.of("宗"));
    assertThat(Unit.of("%")).isSameAs(Unit.PERCENT);
    assertThat(Unit.of("宗").canonical()).isSameAs(Unit.of("宗").canonical());
    assertThat(Unit.of("件").canonical()).isSameAs(Unit.of("件"));
    Unit tenThousandCases = Unit.of("万宗");
    assertThat(tenThousandCases.canonical().canonical()).isSameAs(tenThousandCases.canonical());
  }

  /** Nulls are refused (also read by PackageSanityTests: its sample strings are no units). */
  @Test
  public void testNulls() {
    NullPointerTester nulls = new NullPointerTester().setDefault(Unit.class, Unit.of("件"));
    nulls.testAllPublicStaticMethods(Unit.class);
    nulls.testAllPublicInstanceMethods(Unit.of("万件"));
  }

  /** Units serialize to equal units (also read by PackageSanityTests). */
  @Test
  public void testSerializable() {
    SerializableTester.reserializeAndAssert(Unit.of("万件"));
    SerializableTester.reserializeAndAssert(Unit.of("件（次）"));
    assertThat(SerializableTester.reserialize(Unit.of("宗")).canonical()).isEqualTo(Unit.of("件"));
  }

  /** Equality is the written form (also read by PackageSanityTests, which leaves Unit's equality to it). */
  @Test
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(Unit.of("件"), Unit.of(" 件 "), Unit.of("件").base())
        .addEqualityGroup(Unit.of("宗"))
        .addEqualityGroup(Unit.of("件(次)"))
        .addEqualityGroup(Unit.of("件（次）"))
        .testEquals();
    assertThat(Unit.of("万元")).hasToString("万元");
  }
}
