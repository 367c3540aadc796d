package io.github.fazhi.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/**
 * A report read with Jackson 3 inside the caller's own map: the key, any string, is part of the
 * location of a refused value, as with fazhi-json.
 */
class UserMapKeysTest {
  private static final String REQUIRED =
      "'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'韶关市曲江区人民政府','year':2019";

  @Test
  void aKeyWithASpace_isAMemberOfThePath() {
    String document = ("{'byCity':{'西安 市':{" + REQUIRED
        + ",'reviews':[{'procedure':'reconsideration','accepted':-1}]}}}").replace('\'', '"');
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> FazhiJson.mapper()
        .readValue(document, new TypeReference<Map<String, Map<String, Report>>>() {}));
    assertThat(e.getOriginalMessage()).startsWith("Invalid ReviewTally at byCity.西安 市.reviews[0]: ")
        .contains("byCity.西安 市.reviews[0].accepted: accepted (-1) must be >= 0");
    assertThat(e.violations()).extracting(Violation::at).containsExactly(Path.root().field("byCity")
        .member("西安 市").field("reviews").index(0).field("accepted"));
  }
}
