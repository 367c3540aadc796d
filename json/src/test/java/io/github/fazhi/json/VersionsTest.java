package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VersionsTest extends ModuleTestBase {
  @Test
  void moduleVersion_isTheProjectVersion() {
    String expected = System.getProperty("fazhi.project.version");
    assertThat(expected).as("surefire passes the project version").isNotBlank();
    assertThat(new FazhiModule().version().toString()).isEqualTo(expected);
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("io.github.fazhi");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("fazhi-json");
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
  }

  @Test
  void serviceFile_registersTheModule() {
    assertThat(ServiceLoader.load(Module.class).stream()
            .map(provider -> provider.type().getName())
            .collect(Collectors.toList()))
        .contains(FazhiModule.class.getName());
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(new FazhiModule().getTypeId());
  }

  @Test
  void moduleName_isStable() {
    assertThat(new FazhiModule().getModuleName()).isEqualTo("FazhiModule");
  }

  @Test
  void aMapperWithTheModule_serializesAndComesBackWorking() throws Exception {
    // The module holds no state; what a mapper keeps of it (its serializer and deserializer lookups)
    // is serializable, as with Jackson's own datatype modules.
    com.fasterxml.jackson.databind.ObjectMapper mapper = com.google.common.testing.SerializableTester
        .reserialize(new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new FazhiModule()));
    assertThat(mapper.writeValueAsString(io.github.fazhi.Unit.of("万元"))).isEqualTo("\"万元\"");
    assertThat(mapper.readValue("\"reconsideration\"", io.github.fazhi.Procedure.class))
        .isEqualTo(io.github.fazhi.Procedure.RECONSIDERATION);
  }
}
