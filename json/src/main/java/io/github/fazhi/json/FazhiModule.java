package io.github.fazhi.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.fazhi.Indicator;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Measure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;

/**
 * The Jackson module for the fazhi model: binds {@link Report}, {@link Jurisdiction}, {@link WorkArea},
 * {@link Measure}, {@link Indicator}, {@link Rate}, {@link Unit}, {@link ReviewTally}, {@link ReviewCase}
 * and every model enum.
 *
 * <h2>The format</h2>
 * Field names are the accessor names ({@code workAreas}); enum values are lower_snake_case
 * ({@code "at_least"}); decimals are JSON numbers read exactly as {@code BigDecimal}; dates are ISO-8601
 * strings and {@code year} an integer; a {@code Unit} is its written form ({@code "万元"}); a {@code Rate}
 * is {@code {"numerator":9,"denominator":11}}. Absent values, empty lists and defaults are left out when
 * writing, and equal values are written as the same bytes. The JSON Schema of the format is
 * {@link FazhiJson#schema()}.
 *
 * <h2>Reading</h2>
 * Every value is built through the model's builders, so a document cannot bypass an invariant. Bad input
 * fails with a {@link com.fasterxml.jackson.core.JsonProcessingException} that names the JSON location:
 * a wrong type or a null with a {@code MismatchedInputException}, a bad date, enum name or number with an
 * {@code InvalidFormatException}, an unknown field with an {@code UnrecognizedPropertyException} listing
 * the known ones, missing fields all at once, and broken invariants with an {@link InvalidValueException}
 * listing every violation. Use {@link FazhiJson#mapper()} for a mapper that also refuses duplicate keys,
 * trailing tokens, huge numbers and deep nesting.
 *
 * <p>Register it with {@code mapper.registerModule(new FazhiModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through its service file.
 *
 * <p>Like Jackson's datatype modules, it adds its serializers and deserializers when it is set up; it
 * holds no state. This class is immutable and thread-safe; it has no options.
 */
public final class FazhiModule extends Module {
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
