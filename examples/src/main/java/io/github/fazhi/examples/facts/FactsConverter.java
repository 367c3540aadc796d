package io.github.fazhi.examples.facts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Enums;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Breakdown;
import io.github.fazhi.Decision;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Transcribes facts files (JSON transcriptions of real reports' numbers, {@code null} where the source did
 * not show them) into fazhi report documents, through the core builders, so that every invariant holds. A
 * maintainer who has a folder of facts files refreshes the bundled reports from the repository root with:
 *
 * <pre>{@code
 * java -cp examples/target/fazhi-examples.jar io.github.fazhi.examples.facts.FactsConverter \
 *     FACTS_FOLDER examples/src/main/resources/io/github/fazhi/examples/reports
 * }</pre>
 *
 * <h3>What is kept</h3>
 * Every number as the source states it: its value, unit, qualifier ({@code 余} is MORE_THAN, {@code 以上}
 * is AT_LEAST) and written form. Sections become work areas (ordinal = position, title as written), the
 * measure titles of a section become its measures, an indicator of a section stays in that work area's
 * own indicators (the facts do not say which measure states it), an indicator of no section is a headline
 * indicator. Review and litigation blocks become tallies; the per-route litigation table (文登区审计局)
 * becomes one litigation tally per route. In a 政府信息公开 report, the tables the facts transcribe also
 * become its {@link OpenGovInfo}, in the layout in force for its year: Table C cell by cell and the rows of
 * Table B the facts show (文登区审计局's 结转下年度继续办理). Catalogue codes are set only where {@link #CODES} names one.
 *
 * <p>Beyond the plain numbers, whatever the facts give a number is kept too: its basis
 * ({@code "basis": {"numerator": 9, "denominator": 11}}), the two counts of a change
 * ({@code "base": {"current": 89, "previous": 39}}), its parts ({@code "parts": [...]},
 * {@code "parts_complete"}) and named breakdowns ({@code "breakdowns": [{"name": …, "parts": [...],
 * "complete": true}]}); a tally's decisions ({@code "decisions": {"revoked": 3, "mediated_or_settled": 2}},
 * {@code "decisions_complete"}, {@code "decisions_total"}) and its cases settled before acceptance
 * ({@code "resolved_before_acceptance"}). Breakdowns the facts show only in their notes are listed in
 * {@link #BREAKDOWNS}.
 *
 * <h3>What is left out</h3>
 * Whatever the source does not state: a {@code null} count stays unknown, a missing issuer or publication
 * date stays absent (a date hinted by a URL is not a fact), and a department whose government is not
 * known keeps no jurisdiction. A facts file the converter cannot read (not JSON, no year, an unknown level
 * or report type, a value a builder refuses) is not converted, and {@link Result#skipped()} says why; a
 * single number the model refuses is left out of its report, and {@link Result#leftOut()} names it and
 * says why. One bad file never stops the others.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactsConverter {
  /**
   * The catalogue codes of facts labels, where {@code IndicatorCatalog.standard()} clearly has the
   * indicator and its unit fits. Labels not listed keep no code: a guess would make totals wrong.
   */
  static final ImmutableMap<String, String> CODES = ImmutableMap.<String, String>builder()
      // 静海区 2020: the retained, licensing, other and cancelled government-service items.
      .put("区级保留政务服务事项", "service.items")
      .put("行政许可事项", "service.items_licensing")
      .put("公共服务等其他事项", "service.items_other")
      .put("区级取消政务服务事项", "service.items_cancelled")
      // 六安市司法局 2022: people trained in the online rule-of-law class (1.19万人).
      .put("参加习近平法治思想网络专题班人数", "training.attendees")
      // 密云区 2022: law study before executive meetings. Its two seminar series (习近平法治思想专题研讨班
      // 5期, 领导干部依法行政专题研讨班 2期) are different programmes and the report states no total of
      // training classes, so neither carries the code training.classes.
      .put("常务会会前学法", "study.sessions")
      // 建新镇 2018 and 威海市 2024: government information published proactively (条).
      .put("主动公开政府信息数", "openness.items_published")
      .put("全市主动公开政府信息", "openness.items_published")
      // 威海市 2024: normative documents issued.
      .put("行政规范性文件", "normative_documents.issued")
      .buildOrThrow();

  /**
   * Breakdowns that the facts state only in a number's context or the file's notes, by the whole's label:
   * the parts' labels, and whether they cover the whole.
   */
  static final ImmutableMap<String, PartsOf> BREAKDOWNS = ImmutableMap.of(
      // 静海区 2020: "218 + 297 = 515 (adds up)"; 公共服务等其他事项 names the rest, so the two are complete.
      "区级保留政务服务事项", new PartsOf(List.of("行政许可事项", "公共服务等其他事项"), true),
      // 建新镇 2018: 15 published online, "part of 22"; the rest is not stated.
      "主动公开政府信息数", new PartsOf(List.of("线上信息公开"), false));

  /**
   * The labels of a breakdown's parts, and whether they cover the whole.
   *
   * @param labels  the parts' labels, in order
   * @param complete  whether the parts add up to the whole
   */
  record PartsOf(List<String> labels, boolean complete) {}

  /**
   * The government a department report belongs to, by the facts' {@code parent} text. 六安市 and 绍兴市 are
   * stated by the source; 文登区 is only inferred by the transcriber (the flipbook "2020年报_审计局" lies on
   * the same host as 文登区's reports and its text says 我区), and its parent 威海市 comes from that name.
   */
  private static final ImmutableMap<String, Jurisdiction> DEPARTMENT_PARENTS = ImmutableMap.of(
      "六安市", Jurisdiction.builder().name("六安市").level(JurisdictionLevel.PREFECTURE).build(),
      "绍兴市", Jurisdiction.builder().name("绍兴市").level(JurisdictionLevel.PREFECTURE).build(),
      "威海市文登区 (inferred)", Jurisdiction.builder()
          .name("文登区").level(JurisdictionLevel.COUNTY).parent("威海市").build());

  private final ObjectMapper facts = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** Creates a converter. */
  public FactsConverter() {}

  /**
   * The outcome of converting one facts file: a report, or the reason it was left out.
   *
   * @param source  the facts file's name, such as {@code jinghai-2020-rule_of_law.json}
   * @param report  the report, or null when skipped
   * @param skipped  why the file was left out, or null when converted
   * @param leftOut  the numbers left out of the report, each with the reason; empty when every number
   *     was kept
   */
  public record Result(String source, @Nullable Report report, @Nullable String skipped, List<String> leftOut) {
    /**
     * Makes a result; the list is copied.
     *
     * @param source  the facts file's name
     * @param report  the report, or null when skipped
     * @param skipped  why the file was left out, or null when converted
     * @param leftOut  the numbers left out, with their reasons
     */
    public Result {
      leftOut = List.copyOf(leftOut);
    }

    /**
     * Returns the report, when the file was converted.
     *
     * @return the report, or empty
     */
    public Optional<Report> converted() {
      return Optional.ofNullable(report);
    }

    /**
     * Returns the name of the bundled document: the facts file's name.
     *
     * @return the file name, never null
     */
    public String documentName() {
      return source;
    }
  }

  /**
   * Converts one facts document. It never throws for a bad document: the result says what went wrong.
   *
   * @param source  the facts file's name, for messages; not null
   * @param json  the facts document, UTF-8; not null
   * @return the report, or the reason it was left out; never null
   */
  public Result convert(String source, byte[] json) {
    JsonNode root;
    try {
      root = facts.readTree(json);
    } catch (IOException e) {
      return new Result(source, null, "not a JSON document: " + firstLine(e.getMessage()), List.of());
    }
    if (!root.isObject()) {
      return new Result(source, null, "not a JSON object", List.of());
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("jurisdiction", "level")) {
      if (text(root, required).isEmpty()) {
        missing.add(required);
      }
    }
    if (!root.path("year").canConvertToInt()) {
      missing.add("year");
    }
    if (!missing.isEmpty()) {
      return new Result(source, null, "the source does not state its " + String.join(", ", missing), List.of());
    }
    List<String> leftOut = new ArrayList<>();
    try {
      return new Result(source, report(root, leftOut), null, leftOut);
    } catch (IllegalArgumentException | DateTimeException e) {
      // A ValidationException is an IllegalArgumentException: it lists every broken invariant.
      return new Result(source, null, firstLine(e.getMessage()), leftOut);
    }
  }

  private Report report(JsonNode root, List<String> leftOut) {
    Report.Builder report = Report.builder()
        .kind(kind(root))
        .year(Year.of(root.path("year").intValue()));
    jurisdiction(root).ifPresent(report::jurisdiction);
    text(root, "issuer").ifPresent(report::issuer);
    if (text(root, "level").filter("department"::equals).isPresent()) {
      report.issuerKind(IssuerKind.DEPARTMENT);
      if (text(root, "issuer").isEmpty()) {
        // The department is named as the report's "jurisdiction" (审计局): it is the issuer, not a place.
        text(root, "jurisdiction").ifPresent(report::issuer);
      }
    }
    text(root, "published").map(LocalDate::parse).ifPresent(report::published);
    // published_hint_from_url (beijing, miyun, shaoxing) is a URL's date, not a stated fact: left out.
    text(root, "document_title").ifPresent(report::title);
    report.addAllWorkAreas(workAreas(root, leftOut));
    int index = 0;
    for (JsonNode indicator : root.path("indicators")) {
      if (!indicator.path("section").canConvertToInt()) {
        indicator(indicator, "indicators[" + index + "]", leftOut).ifPresent(report::addHeadlineIndicators);
      }
      index++;
    }
    tally(root.path("review"), Procedure.RECONSIDERATION, null, "review", leftOut).ifPresent(report::addReviews);
    tally(root.path("litigation"), Procedure.LITIGATION, null, "litigation", leftOut).ifPresent(report::addReviews);
    JsonNode table = root.path("tables").path("review_litigation");
    // The table's reconsideration block repeats the review block above; its litigation blocks add routes.
    tally(table.path("litigation_direct"), Procedure.LITIGATION, LitigationRoute.DIRECT,
        "tables.review_litigation.litigation_direct", leftOut).ifPresent(report::addReviews);
    tally(table.path("litigation_after_reconsideration"), Procedure.LITIGATION,
        LitigationRoute.AFTER_RECONSIDERATION, "tables.review_litigation.litigation_after_reconsideration",
        leftOut).ifPresent(report::addReviews);
    if (kind(root) == ReportKind.OPEN_GOV_INFO_ANNUAL) {
      openGovInfo(root.path("tables"), Year.of(root.path("year").intValue()), leftOut)
          .ifPresent(report::openGovInfo);
    }
    return report.build();
  }

  /**
   * The 政府信息公开 tables the facts transcribe, in the layout in force for the year: Table C
   * ({@code review_litigation}: three blocks of 结果维持 … 总计) and the rows of Table B the facts show
   * ({@code applications}: rows by label, cells in the order of {@code columns}). A {@code null} cell stays
   * unknown; a row or column the facts name but the table has not is left out and said. Empty when the
   * facts hold no table.
   */
  private static Optional<OpenGovInfo> openGovInfo(JsonNode tables, Year year, List<String> leftOut) {
    OpenGovLayout layout = OpenGovLayout.inForceFor(year.getValue());
    OpenGovInfo.Builder info = OpenGovInfo.builder().layout(layout);
    boolean any = false;
    JsonNode disputes = tables.path("review_litigation");
    if (disputes.isObject()) {
      DisputeTable.Builder table = DisputeTable.builder();
      for (DisputeBlock block : DisputeBlock.values()) {
        JsonNode cells = disputes.path(block.name().toLowerCase(Locale.ROOT));
        for (DisputeColumn column : DisputeColumn.values()) {
          count(cells, column.name().toLowerCase(Locale.ROOT), n -> table.cell(block, column, n));
        }
      }
      info.disputes(table.build());
      any = true;
    }
    JsonNode applications = tables.path("applications");
    if (applications.isObject()) {
      ApplicationTable.Builder table = ApplicationTable.builder();
      List<Optional<ApplicantColumn>> columns = new ArrayList<>();
      for (JsonNode label : applications.path("columns")) {
        columns.add(Arrays.stream(ApplicantColumn.values()).filter(c -> c.label().equals(label.asText()))
            .findFirst());
      }
      for (Map.Entry<String, JsonNode> row : iterable(applications.path("rows").fields())) {
        Optional<ApplicationRow> tableRow = Arrays.stream(ApplicationRow.values())
            .filter(r -> r.isIn(layout) && withoutNumber(r.label()).equals(withoutNumber(row.getKey())))
            .findFirst();
        if (tableRow.isEmpty()) {
          leftOut.add("tables.applications.rows." + row.getKey() + ": not a row of the " + layout + " layout");
          continue;
        }
        for (int i = 0; i < row.getValue().size(); i++) {
          JsonNode cell = row.getValue().get(i);
          Optional<ApplicantColumn> column = i < columns.size() ? columns.get(i) : Optional.empty();
          if (column.isEmpty()) {
            leftOut.add("tables.applications.rows." + row.getKey() + "[" + i + "]: no known column");
          } else if (cell.isIntegralNumber()) {
            table.cell(tableRow.get(), column.get(), cell.longValue());
          }
        }
      }
      info.applications(table.build());
      any = true;
    }
    return any ? Optional.of(info.build()) : Optional.empty();
  }

  /**
   * Returns a row's label without its number, so that facts may name a row either way: {@code 结转下年度继续办理}
   * for {@code 四、结转下年度继续办理}, {@code 予以公开} for {@code （一）予以公开}.
   */
  private static String withoutNumber(String label) {
    return label.replaceFirst("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.)", "");
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static ReportKind kind(JsonNode root) {
    String type = text(root, "type").orElse("rule_of_law_annual");
    return switch (type) {
      case "rule_of_law_annual" -> ReportKind.RULE_OF_LAW_ANNUAL;
      case "open_gov_info_annual" -> ReportKind.OPEN_GOV_INFO_ANNUAL;
      case "reconsideration_annual" -> ReportKind.RECONSIDERATION_ANNUAL;
      default -> throw new IllegalArgumentException("type (\"" + type + "\") is not known");
    };
  }

  private static Optional<Jurisdiction> jurisdiction(JsonNode root) {
    String name = text(root, "jurisdiction").orElseThrow();
    String level = text(root, "level").orElseThrow();
    Optional<String> parent = text(root, "parent");
    if (level.equals("department")) {
      // The report of a bureau covers the government it belongs to; the issuer stays the bureau. A bureau
      // whose government is not known keeps no jurisdiction.
      return parent.map(DEPARTMENT_PARENTS::get);
    }
    Jurisdiction.Builder builder = Jurisdiction.builder().name(name).level(level(level));
    parent.ifPresent(builder::parent);
    return Optional.of(builder.build());
  }

  private static JurisdictionLevel level(String level) {
    return switch (level) {
      case "nation" -> JurisdictionLevel.NATION;
      case "province" -> JurisdictionLevel.PROVINCE;
      case "city" -> JurisdictionLevel.PREFECTURE;
      case "district", "county" -> JurisdictionLevel.COUNTY;
      case "county_level_city" -> JurisdictionLevel.COUNTY_LEVEL_CITY;
      case "township" -> JurisdictionLevel.TOWNSHIP;
      case "special_zone", "development_zone", "new_area" -> JurisdictionLevel.SPECIAL_ZONE;
      default -> throw new IllegalArgumentException("level (\"" + level + "\") is not known");
    };
  }

  private static List<WorkArea> workAreas(JsonNode root, List<String> leftOut) {
    List<WorkArea> areas = new ArrayList<>();
    int ordinal = 0;
    for (JsonNode section : root.path("sections")) {
      ordinal++;
      WorkArea.Builder area = WorkArea.builder().ordinal(ordinal).title(section.asText());
      int measure = 0;
      for (JsonNode m : root.path("measures")) {
        if (m.path("section").asInt() == ordinal) {
          measure++;
          area.addMeasures(Measure.builder().ordinal(measure).text(m.path("title").asText()).build());
        }
      }
      int index = 0;
      for (JsonNode indicator : root.path("indicators")) {
        if (indicator.path("section").canConvertToInt() && indicator.path("section").asInt() == ordinal) {
          indicator(indicator, "indicators[" + index + "]", leftOut).ifPresent(area::addIndicators);
        }
        index++;
      }
      areas.add(addBreakdowns(area.build()));
    }
    return areas;
  }

  /**
   * Moves the parts {@link #BREAKDOWNS} names into their whole, where the whole and every part are among
   * the area's own numbers.
   */
  private static WorkArea addBreakdowns(WorkArea area) {
    List<Indicator> numbers = new ArrayList<>(area.indicators());
    for (Map.Entry<String, PartsOf> entry : BREAKDOWNS.entrySet()) {
      Optional<Indicator> whole = numbers.stream().filter(n -> n.label().equals(entry.getKey())).findFirst();
      List<Indicator> parts = new ArrayList<>();
      for (String label : entry.getValue().labels()) {
        numbers.stream().filter(n -> n.label().equals(label)).findFirst().ifPresent(parts::add);
      }
      if (whole.isPresent() && whole.get().parts().isEmpty() && parts.size() == entry.getValue().labels().size()) {
        int at = numbers.indexOf(whole.get());
        numbers.removeAll(parts);
        numbers.remove(whole.get());
        numbers.add(Math.min(at, numbers.size()), Indicator.builder().from(whole.get()).parts(parts)
            .partsComplete(entry.getValue().complete()).build());
      }
    }
    return WorkArea.builder().from(area).indicators(numbers).build();
  }

  /** One facts number, or empty when the model refuses it (then {@code leftOut} says why). */
  private static Optional<Indicator> indicator(JsonNode node, String path, List<String> leftOut) {
    try {
      return Optional.of(indicator(node));
    } catch (IllegalArgumentException e) {
      leftOut.add(path + " (" + node.path("label").asText() + " " + node.path("value").asText()
          + node.path("unit").asText() + "): " + firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  private static Indicator indicator(JsonNode node) {
    String label = node.path("label").asText();
    if (!node.path("value").isNumber()) {
      throw new IllegalArgumentException("value (" + node.path("value") + ") is not a number");
    }
    Indicator.Builder indicator = Indicator.builder()
        .label(label)
        .kind(indicatorKind(node.path("kind").asText()))
        .value(node.path("value").decimalValue())
        .unit(Unit.of(node.path("unit").asText()));
    text(node, "qualifier").ifPresent(word -> indicator.qualifier(Qualifier.fromWord(word)
        .orElseThrow(() -> new IllegalArgumentException("qualifier (\"" + word + "\") is not known"))));
    text(node, "raw").ifPresent(indicator::written);
    JsonNode basis = node.path("basis");
    if (basis.isObject()) {
      indicator.basis(Rate.of(basis.path("numerator").asLong(-1), basis.path("denominator").asLong(-1)));
    }
    JsonNode base = node.path("base");
    if (base.isObject()) {
      indicator.growthBase(GrowthBase.of(base.path("current").asLong(-1), base.path("previous").asLong(-1)));
    }
    for (JsonNode part : node.path("parts")) {
      indicator.addParts(indicator(part));
    }
    indicator.partsComplete(node.path("parts_complete").asBoolean(false));
    for (JsonNode breakdown : node.path("breakdowns")) {
      Breakdown.Builder parts = Breakdown.builder().complete(breakdown.path("complete").asBoolean(false));
      text(breakdown, "name").ifPresent(parts::name);
      for (JsonNode part : breakdown.path("parts")) {
        parts.addParts(indicator(part));
      }
      indicator.addBreakdowns(parts.build());
    }
    String code = CODES.get(label);
    if (code != null) {
      indicator.code(code);
    }
    return indicator.build();
  }

  private static IndicatorKind indicatorKind(String kind) {
    return switch (kind) {
      case "count" -> IndicatorKind.COUNT;
      case "percentage", "percent", "share" -> IndicatorKind.PERCENT;
      case "percent_change", "growth" -> IndicatorKind.PERCENT_CHANGE;
      case "change" -> IndicatorKind.CHANGE;
      case "percentage_points" -> IndicatorKind.PERCENTAGE_POINTS;
      case "amount" -> IndicatorKind.AMOUNT;
      case "duration" -> IndicatorKind.DURATION;
      case "ratio" -> IndicatorKind.RATIO;
      case "rank" -> IndicatorKind.RANK;
      default -> throw new IllegalArgumentException("indicator kind (\"" + kind + "\") is not known");
    };
  }

  private static Optional<ReviewTally> tally(JsonNode block, Procedure procedure,
      @Nullable LitigationRoute route, String path, List<String> leftOut) {
    if (!block.isObject()) {
      return Optional.empty();
    }
    ReviewTally.Builder tally = ReviewTally.builder().procedure(procedure);
    if (route != null) {
      tally.route(route);
    }
    count(block, "received", tally::received);
    count(block, "accepted", tally::accepted);
    count(block, "not_accepted", tally::notAccepted);
    count(block, "resolved_before_acceptance", tally::resolvedBeforeAcceptance);
    count(block, "carried_over", tally::carriedOver);
    count(block, "withdrawn", tally::withdrawn);
    count(block, "concluded", tally::concluded);
    count(block, "pending", tally::pending);
    count(block, "upheld", n -> tally.putOutcomeGroup(OutcomeGroup.UPHELD, n));
    count(block, "corrected", n -> tally.putOutcomeGroup(OutcomeGroup.CORRECTED, n));
    count(block, "other", n -> tally.putOutcomeGroup(OutcomeGroup.OTHER, n));
    JsonNode decisions = block.path("decisions");
    for (Map.Entry<String, JsonNode> entry : iterable(decisions.fields())) {
      Optional<Decision> decision = Enums.getIfPresent(Decision.class,
          entry.getKey().toUpperCase(Locale.ROOT)).toJavaUtil();
      if (decision.isPresent() && entry.getValue().isIntegralNumber()) {
        tally.putDecision(decision.get(), entry.getValue().longValue());
      } else {
        leftOut.add(path + ".decisions." + entry.getKey() + " (" + entry.getValue() + "): not a known decision"
            + " with a whole count");
      }
    }
    count(block, "decisions_total", tally::decisionsTotal);
    tally.withdrawalsCountedApart(block.path("withdrawals_counted_apart").asBoolean(false));
    tally.outcomesComplete(block.path("decisions_complete").asBoolean(false));
    try {
      return Optional.of(tally.build());
    } catch (IllegalArgumentException e) {
      leftOut.add(path + ": " + firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    return () -> iterator;
  }

  private static void count(JsonNode block, String field, Consumer<Long> setter) {
    JsonNode value = block.path(field);
    if (value.isIntegralNumber()) {
      setter.accept(value.longValue());
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }

  /**
   * Converts every {@code *.json} facts file of a folder, in name order; a file that cannot be read or
   * converted gives a result that says why, and the others are converted all the same.
   *
   * @param folder  the facts folder, not null
   * @return one result per file, never null
   * @throws IOException if the folder cannot be listed
   */
  public List<Result> convertAll(Path folder) throws IOException {
    List<Result> results = new ArrayList<>();
    List<Path> names;
    try (Stream<Path> files = Files.list(requireNonNull(folder, "folder"))) {
      names = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : names) {
      String name = file.getFileName().toString();
      byte[] json;
      try {
        json = Files.readAllBytes(file);
      } catch (IOException e) {
        results.add(new Result(name, null, "cannot be read: " + e, List.of()));
        continue;
      }
      results.add(convert(name, json));
    }
    return results;
  }

  /**
   * Writes a report as the bundled documents are written: pretty-printed by {@link FazhiJson#mapper()},
   * with {@code \n} line ends and a final line end.
   *
   * @param report  the report, not null
   * @return the document, never null
   */
  public static String write(Report report) {
    ObjectWriter writer = FazhiJson.mapper().writerWithDefaultPrettyPrinter();
    try {
      return writer.writeValueAsString(report).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts a facts folder into a folder of report documents and prints what it wrote and left out.
   *
   * @param args  the facts folder (required) and the output folder (default
   *     {@code examples/src/main/resources/io/github/fazhi/examples/reports})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: FactsConverter FACTS_FOLDER [OUTPUT_FOLDER]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "examples/src/main/resources/io/github/fazhi/examples/reports");
    run(in, out, System.out);
  }

  static void run(Path in, Path out, PrintStream log) throws IOException {
    Files.createDirectories(out);
    for (Result result : new FactsConverter().convertAll(in)) {
      if (result.report() != null) {
        Files.writeString(out.resolve(result.documentName()), write(result.report()), StandardCharsets.UTF_8);
        log.println("wrote " + result.documentName());
        for (String number : result.leftOut()) {
          log.println("  left out " + number);
        }
      } else {
        log.println("left out " + result.source() + ": " + result.skipped());
      }
    }
  }
}
