package io.github.fazhi.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.fazhi.Breakdown;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Outline;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.RateBasis;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;

/**
 * The Jackson module for the fazhi model: binds {@link Report}, {@link Jurisdiction}, {@link WorkArea},
 * {@link Measure}, {@link Indicator}, {@link Rate}, {@link Unit}, {@link ReviewTally}, {@link ReviewCase}
 * and every model enum.
 *
 * <h3>The format</h3>
 * Field names are the accessor names ({@code workAreas}); enum values are lower_snake_case
 * ({@code "at_least"}); decimals are JSON numbers read exactly as {@code BigDecimal}; dates are ISO-8601
 * strings and {@code year} an integer; a {@code Unit} is its written form ({@code "万元"}); a {@code Rate}
 * is {@code {"numerator":9,"denominator":11}}. Absent values, empty lists and defaults are left out when
 * writing, and equal values are written as the same bytes. The JSON Schema of the format is
 * {@link FazhiJson#schema()}.
 *
 * <h3>Reading</h3>
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
 * <p>This class is immutable and thread-safe once registered; it has no options.
 */
public final class FazhiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public FazhiModule() {
    super("FazhiModule", PackageVersion.VERSION);
    bind(Report.class, Writers::report, Readers::report);
    bind(Jurisdiction.class, Writers::jurisdiction, Readers::jurisdiction);
    bind(WorkArea.class, Writers::workArea, Readers::workArea);
    bind(Measure.class, Writers::measure, Readers::measure);
    bind(Indicator.class, Writers::indicator, Readers::indicator);
    bind(Rate.class, Writers::rate, Readers::rate);
    bind(GrowthBase.class, Writers::growthBase, Readers::growthBase);
    bind(Breakdown.class, Writers::breakdown, Readers::breakdown);
    bind(ReviewTally.class, Writers::reviewTally, Readers::reviewTally);
    bind(ReviewCase.class, Writers::reviewCase, Readers::reviewCase);
    bind(Unit.class, (unit, g) -> g.writeString(unit.written()), p -> Values.unit(p, "unit"));
    bindEnum(Readers.REPORT_KINDS);
    bindEnum(Readers.ISSUER_KINDS);
    bindEnum(Readers.LEVELS);
    bindEnum(Readers.TASK_AREAS);
    bindEnum(Readers.INDICATOR_KINDS);
    bindEnum(Readers.QUALIFIERS);
    bindEnum(Readers.PROCEDURES);
    bindEnum(Readers.ROUTES);
    bindEnum(Readers.DECISIONS);
    bindEnum(Readers.OUTCOME_GROUPS);
    bindEnum(EnumNames.of(ContentPart.class));
    bindEnum(EnumNames.of(Outline.class));
    bindEnum(EnumNames.of(PercentMatch.class));
    bindEnum(EnumNames.of(RateBasis.class));
  }

  private <T> void bind(Class<T> type, Binding.Writer<T> writer, Binding.Reader<T> reader) {
    addSerializer(type, new Binding.Serializer<>(type, writer));
    addDeserializer(type, new Binding.Deserializer<>(type, reader));
  }

  private <E extends Enum<E>> void bindEnum(EnumNames<E> names) {
    addSerializer(names.type(), new Binding.EnumSerializer<>(names, false));
    addDeserializer(names.type(), new Binding.EnumDeserializer<>(names));
    addKeySerializer(names.type(), new Binding.EnumSerializer<>(names, true));
    addKeyDeserializer(names.type(), new Binding.EnumKeyDeserializer<>(names));
  }

  /**
   * Serializes as a marker, since the module has no state: its (de)serializers are made anew when it is
   * read back, instead of being written field by field.
   */
  private Object writeReplace() {
    return new SerializedForm();
  }

  /** The serialized form of a {@link FazhiModule}. */
  private static final class SerializedForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return new FazhiModule();
    }
  }
}
