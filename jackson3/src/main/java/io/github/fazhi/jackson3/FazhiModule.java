package io.github.fazhi.jackson3;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for the fazhi model: binds the same types as fazhi-json's module, in the same
 * format (see {@code io.github.fazhi.json.FazhiModule} and {@link FazhiJson#schema()}), with the same
 * refusals and messages; only the exception classes are Jackson 3's ({@code tools.jackson.databind.exc}),
 * and the refusal of a value that breaks the model's invariants is this package's
 * {@link InvalidValueException}.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new FazhiModule())}, or let
 * {@code findAndAddModules()} find it through its service file; {@link FazhiJson#mapper()} gives a mapper
 * with the safe settings. Like Jackson's datatype modules, it adds its serializers and deserializers when it
 * is set up, and holds no state. This class is immutable and thread-safe.
 */
public final class FazhiModule extends JacksonModule {
  /** Creates the module. */
  public FazhiModule() {}

  @Override
  public String getModuleName() {
    return "FazhiModule";
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Binding.FormatSerializers());
    context.addKeySerializers(new Binding.KeySerializers());
    context.addDeserializers(new Binding.FormatDeserializers());
    context.addKeyDeserializers(new Binding.EnumKeyDeserializers());
  }
}
