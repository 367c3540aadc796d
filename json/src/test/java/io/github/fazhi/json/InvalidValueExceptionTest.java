package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.SerializableTester;
import io.github.fazhi.Report;
import io.github.fazhi.Violation;
import org.junit.jupiter.api.Test;

/** Read by PackageSanityTests too: the exception needs a parser to be made, so it is made here. */
public class InvalidValueExceptionTest extends ModuleTestBase {
  /** Creates the test; public so that PackageSanityTests finds its testSerializable. */
  public InvalidValueExceptionTest() {}

  @Test
  public void testSerializable() {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> mapper().readValue(json("{'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'x',"
            + "'year':2019,'reviews':[{'procedure':'reconsideration','accepted':-1,'received':-2}]}"), Report.class));
    InvalidValueException copy = SerializableTester.reserialize(thrown);
    assertThat(copy.violations()).extracting(Violation::path)
        .containsExactly("reviews[0].received", "reviews[0].accepted");
    assertThat(copy.getOriginalMessage()).isEqualTo(thrown.getOriginalMessage());
  }
}
