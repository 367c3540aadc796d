package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.Decision;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link FazhiModule} tells Jackson beyond reading and writing reports: which types it deserializes,
 * and the keys of maps keyed by the format's enums, in their JSON names ({@code withdrawn}, not
 * {@code WITHDRAWN}).
 */
class BindingLookupsTest {
  private static final ObjectMapper MAPPER = FazhiJson.mapper();

  @Test
  void theModuleSaysWhichTypesItDeserializes() {
    Binding.FormatDeserializers deserializers = new Binding.FormatDeserializers();
    assertThat(deserializers.hasDeserializerFor(MAPPER.getDeserializationConfig(), Report.class)).isTrue();
    assertThat(deserializers.hasDeserializerFor(MAPPER.getDeserializationConfig(), ReviewTally.class)).isTrue();
    assertThat(deserializers.hasDeserializerFor(MAPPER.getDeserializationConfig(), String.class)).isFalse();
  }

  @Test
  void aMapKeyedByABoundEnum_usesTheJsonNames_bothWays() throws Exception {
    Map<Decision, Long> read = MAPPER.readValue("{\"withdrawn\":3,\"upheld\":2}",
        new TypeReference<Map<Decision, Long>>() {});
    assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of(Decision.WITHDRAWN, 3L, Decision.UPHELD, 2L));
    assertThat(MAPPER.writeValueAsString(Map.of(Decision.WITHDRAWN, 3L))).isEqualTo("{\"withdrawn\":3}");
  }
}
