package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report read inside the caller's own map: the map's key, which may be any string, is part of the
 * location of a refused value, written as the bindings have always written it, and held as a
 * {@linkplain Path#member(String) member} of the violation's path.
 */
class UserMapKeysTest extends ModuleTestBase {
  private static final TypeReference<Map<String, Map<String, Report>>> BY_CITY = new TypeReference<>() {};
  private static final String BAD_REPORT = "{$R,'reviews':[{'procedure':'reconsideration','accepted':-1}]}";

  private static InvalidValueException refusal(String key) {
    String document = json("{'byCity':{'" + key + "':" + BAD_REPORT + "}}");
    return (InvalidValueException) verifyException(InvalidValueException.class,
        () -> mapper().readValue(document, BY_CITY));
  }

  @Test
  void aKeyWithASpace_isAMemberOfThePath() {
    InvalidValueException e = refusal("西安 市");
    assertThat(e.getOriginalMessage()).startsWith("Invalid ReviewTally at byCity.西安 市.reviews[0]: ")
        .contains("byCity.西安 市.reviews[0].accepted: accepted (-1) must be >= 0");
    assertThat(e.violations()).extracting(Violation::at).containsExactly(Path.root().field("byCity")
        .member("西安 市").field("reviews").index(0).field("accepted"));
  }

  @Test
  void aKeyWithADot_isWrittenAsItIs_andKeptAsOneMember() {
    InvalidValueException e = refusal("a.b");
    assertThat(e.getOriginalMessage()).startsWith("Invalid ReviewTally at byCity.a.b.reviews[0]: ")
        .contains("byCity.a.b.reviews[0].accepted: accepted (-1) must be >= 0");
    assertThat(e.violations()).extracting(Violation::at).containsExactly(Path.root().field("byCity")
        .member("a.b").field("reviews").index(0).field("accepted"));
  }

  @Test
  void aKeyWithBrackets_isWrittenAsItIs() {
    InvalidValueException e = refusal("[x] y");
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("byCity.[x] y.reviews[0].accepted");
  }

  @Test
  void anEmptyKeyAtTheTop_writesNothing_asBefore() {
    String document = json("{'':" + BAD_REPORT + "}");
    InvalidValueException e = (InvalidValueException) verifyException(InvalidValueException.class,
        () -> mapper().readValue(document, new TypeReference<Map<String, Report>>() {}));
    assertThat(e.getOriginalMessage()).startsWith("Invalid ReviewTally at reviews[0]: ");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("reviews[0].accepted");
  }
}
