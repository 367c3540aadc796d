package io.github.fazhi.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Decision;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.Unit;
import io.github.fazhi.testing.SeedReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding on its own: registration, version, schema, and the seed document. That it reads
 * and writes exactly what fazhi-json does is fazhi-json's BindingsAgreeTest.
 */
class Jackson3BindingTest {
  private static final Path SEED = Path.of("../json/src/test/resources/io/github/fazhi/json/qujiang-2019.json");

  @Test
  void theServiceFile_registersTheModule_withFindAndAddModules() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(p -> p.type().getName()))
        .contains(FazhiModule.class.getName());
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("FazhiModule");
    assertThat(mapper.writeValueAsString(Unit.of("万元"))).isEqualTo("\"万元\"");
  }

  @Test
  void theModuleVersion_isTheProjectVersion() {
    String expected = System.getProperty("fazhi.project.version");
    assertThat(expected).as("surefire passes the project version").isNotBlank();
    assertThat(new FazhiModule().version().toString()).isEqualTo(expected);
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("fazhi-jackson3");
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
  }

  @Test
  void theSchema_isTheSharedOne() throws Exception {
    assertThat(FazhiJson.schema())
        .isEqualTo(Files.readString(Path.of("../json-format/src/main/resources/report.schema.json")));
    assertThat(FazhiJson.schemaUrl().getPath()).endsWith("io/github/fazhi/jackson3/report.schema.json");
  }

  @Test
  void theSeedDocument_readsAsTheSeedReport_andWritesBackCompactly() throws Exception {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    Report report = FazhiJson.reader().readValue(seed);
    assertThat(report).isEqualTo(SeedReport.report());
    String written = FazhiJson.writer().writeValueAsString(report);
    // the seed document is pretty-printed: the compact form is the same document without the layout
    assertThat(written).isEqualTo(FazhiJson.mapper().readTree(seed).toString());
    assertThat((Report) FazhiJson.reader().readValue(written)).isEqualTo(report);
  }

  @Test
  void enumsAreBound_asValuesAndAsMapKeys() {
    JsonMapper mapper = FazhiJson.mapper();
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    counts.put(Decision.UPHELD, 3L);
    String written = mapper.writeValueAsString(counts);
    assertThat(written).isEqualTo("{\"upheld\":3}");
    assertThat(mapper.readValue(written, new TypeReference<Map<Decision, Long>>() {})).isEqualTo(counts);
    assertThat(mapper.readValue("\"reconsideration\"", Procedure.class)).isEqualTo(Procedure.RECONSIDERATION);
    assertThatThrownBy(() -> mapper.readValue("\"appeal\"", Procedure.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("Procedure at the top level: \"appeal\" is not one of the valid values");
    assertThatThrownBy(() -> mapper.readValue("{\"kept\":1}", new TypeReference<Map<Decision, Long>>() {}))
        .hasMessageContaining("not one of the valid values");
  }

  @Test
  void aDocumentThatIsJustNull_isNotAReport() {
    assertThatThrownBy(() -> FazhiJson.reader().readValue("null"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Expected Report at the top level, found null");
  }

  @Test
  void aBrokenInvariant_listsEveryViolation() {
    String document = "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"i\",\"year\":2019,"
        + "\"reviews\":[{\"procedure\":\"reconsideration\",\"received\":-1,\"accepted\":-2}]}";
    assertThatThrownBy(() -> FazhiJson.reader().readValue(document))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).contains("reviews[0].received", "reviews[0].accepted"));
  }
}
