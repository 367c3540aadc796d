package io.github.fazhi.catalog;

import static io.github.fazhi.IndicatorKind.AMOUNT;
import static io.github.fazhi.IndicatorKind.COUNT;
import static io.github.fazhi.IndicatorKind.PERCENT;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.IndicatorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of indicators (指标目录) by stable code. {@link #standard()} holds the well-known indicators
 * of brief §5; {@link #with(CatalogEntry)} and {@link #builder()} extend or replace it:
 *
 * <pre>{@code
 * IndicatorCatalog mine = IndicatorCatalog.builder()
 *     .addAll(IndicatorCatalog.standard())
 *     .add(CatalogEntry.builder("hotline.calls").labels("12345热线来电", "hotline calls")
 *         .kind(IndicatorKind.COUNT, "个").build())
 *     .build();
 * }</pre>
 *
 * <h2>Invariants</h2>
 * Codes are unique; the two codes of every RATIO aggregation are entries of the same catalogue and are
 * additive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class IndicatorCatalog {
  private static final IndicatorCatalog STANDARD = standardCatalog();

  @SuppressWarnings("Immutable") // an ImmutableMap of immutable entries
  private final ImmutableMap<String, CatalogEntry> entries;

  private IndicatorCatalog(ImmutableMap<String, CatalogEntry> entries) {
    List<String> problems = new ArrayList<>();
    for (CatalogEntry entry : entries.values()) {
      if (entry.aggregation().type() == Aggregation.Type.RATIO) {
        for (String part : List.of(
            entry.aggregation().numerator().orElseThrow(), entry.aggregation().denominator().orElseThrow())) {
          CatalogEntry found = entries.get(part);
          if (found == null) {
            problems.add(entry.code() + " is a ratio of " + part + ", which is not in the catalogue");
          } else if (!found.kind().isAdditive()) {
            problems.add(entry.code() + " is a ratio of " + part + ", which is not additive");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.entries = entries;
  }

  /**
   * Returns the standard catalogue: the well-known indicators of brief §5, each with the row it comes
   * from, and the codes of the seed report.
   *
   * @return the catalogue, never null
   */
  public static IndicatorCatalog standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue without entries.
   *
   * @return the empty catalogue, never null
   */
  public static IndicatorCatalog empty() {
    return new IndicatorCatalog(ImmutableMap.of());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the entry of a code.
   *
   * @param code  the code, not null
   * @return the entry, or empty when the catalogue has no such code
   */
  public Optional<CatalogEntry> entry(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(entries.get(code));
  }

  /**
   * Returns whether the catalogue has a code.
   *
   * @param code  the code, not null
   * @return true when it has an entry of that code
   */
  public boolean contains(String code) {
    return entries.containsKey(requireNonNull(code, "code"));
  }

  /**
   * Returns the codes, in the order the entries were added.
   *
   * @return the codes, never null
   */
  public ImmutableSet<String> codes() {
    return entries.keySet();
  }

  /**
   * Returns the entries, in the order they were added.
   *
   * @return the entries, never null
   */
  public ImmutableCollection<CatalogEntry> entries() {
    return entries.values();
  }

  /**
   * Returns the number of entries.
   *
   * @return the size, at least 0
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns a catalogue with the entry added, or replacing the entry of the same code in place.
   *
   * @param entry  the entry, not null
   * @return the new catalogue, never null
   * @throws IllegalArgumentException if a RATIO then names a code that is missing or not additive
   */
  public IndicatorCatalog with(CatalogEntry entry) {
    requireNonNull(entry, "entry");
    Map<String, CatalogEntry> copy = new LinkedHashMap<>(entries);
    copy.put(entry.code(), entry);
    return new IndicatorCatalog(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns a catalogue without the entry of a code.
   *
   * @param code  the code, not null
   * @return the new catalogue (this one when the code is absent), never null
   * @throws IllegalArgumentException if a RATIO of the remaining entries names the removed code
   */
  public IndicatorCatalog without(String code) {
    requireNonNull(code, "code");
    if (!entries.containsKey(code)) {
      return this;
    }
    Map<String, CatalogEntry> copy = new LinkedHashMap<>(entries);
    copy.remove(code);
    return new IndicatorCatalog(ImmutableMap.copyOf(copy));
  }

  /**
   * Finds the entry a report's label most likely means: the entry whose Chinese label or alias is the
   * longest one contained in the label ({@code 人民调解组织调处各类民事纠纷} → {@code mediation.disputes});
   * of two equally long, the one of the entry added first. This is a guess for a person to confirm, not
   * an identification.
   *
   * @param label  the label as written, not null
   * @return the likely entry, or empty when no label or alias occurs in it
   */
  public Optional<CatalogEntry> lookup(String label) {
    requireNonNull(label, "label");
    CatalogEntry best = null;
    int bestLength = 0;
    for (CatalogEntry entry : entries.values()) {
      List<String> words = new ArrayList<>(entry.aliases());
      words.add(entry.chinese());
      for (String word : words) {
        if (word.length() > bestLength && label.contains(word)) {
          best = entry;
          bestLength = word.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IndicatorCatalog other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns {@code IndicatorCatalog{n entries}}. */
  @Override
  public String toString() {
    return "IndicatorCatalog{" + entries.size() + " entries}";
  }

  /**
   * Builds an {@link IndicatorCatalog}.
   *
   * <p>This class is not thread-safe.
   */
  public static final class Builder {
    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an entry.
     *
     * @param entry  the entry, whose code is not yet in the builder; not null
     * @return this builder
     * @throws IllegalArgumentException if the code is already present
     */
    public Builder add(CatalogEntry entry) {
      requireNonNull(entry, "entry");
      if (entries.putIfAbsent(entry.code(), entry) != null) {
        throw new IllegalArgumentException("code " + entry.code() + " is already in the catalogue");
      }
      return this;
    }

    /**
     * Adds every entry of a catalogue.
     *
     * @param catalog  the catalogue, none of whose codes is yet in the builder; not null
     * @return this builder
     * @throws IllegalArgumentException if a code is already present
     */
    public Builder addAll(IndicatorCatalog catalog) {
      for (CatalogEntry entry : catalog.entries()) {
        add(entry);
      }
      return this;
    }

    /**
     * Adds an entry, or replaces the entry of the same code in place.
     *
     * @param entry  the entry, not null
     * @return this builder
     */
    public Builder put(CatalogEntry entry) {
      entries.put(entry.code(), requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Builds the catalogue.
     *
     * @return the catalogue, never null
     * @throws IllegalArgumentException if a RATIO names a code that is missing or not additive
     */
    public IndicatorCatalog build() {
      return new IndicatorCatalog(ImmutableMap.copyOf(entries));
    }
  }

  private static CatalogEntry.Builder entry(
      int row, String code, String chinese, String english, IndicatorKind kind, String unit, String... others) {
    return CatalogEntry.builder(code).briefRow(row).labels(chinese, english).kind(kind, unit, others);
  }

  private static IndicatorCatalog standardCatalog() {
    Builder b = builder();
    // §5.1 Organisation, study and capacity
    b.add(entry(1, "study.sessions", "专题学法", "leadership law-study sessions", COUNT, "次", "场", "场次")
        .aliases("学法", "专题学习").build());
    b.add(entry(1, "study.topics", "学法专题", "law-study topics", COUNT, "个", "项").build());
    b.add(entry(2, "leadership.rule_of_law_agendas", "研究部署法治建设议题",
        "times leadership bodies discussed rule-of-law matters", COUNT, "次").build());
    b.add(entry(3, "training.classes", "法治培训班次", "rule-of-law training classes", COUNT, "期", "班", "次")
        .build());
    b.add(entry(3, "training.attendees", "法治培训人次", "rule-of-law training attendees", COUNT, "人次", "人")
        .build());
    b.add(entry(4, "tasks.key", "年度重点任务", "annual key tasks", COUNT, "项").build());
    b.add(entry(5, "assessment.rule_of_law_weight", "依法行政考核权重",
        "weight of the rule of law in the overall assessment", PERCENT, "%").build());
    b.add(entry(6, "law_popularisation.units_evaluated", "评议单位", "units evaluated (谁执法谁普法 review)",
        COUNT, "个").aliases("评议对象").build());
    // §5.2 Government functions, services and reform
    b.add(entry(7, "service.items", "政务服务事项", "government-service items", COUNT, "项", "个").build());
    b.add(entry(7, "service.items_licensing", "行政许可事项", "licensing items", COUNT, "项", "个").build());
    b.add(entry(7, "service.items_other", "公共服务等其他事项", "other service items", COUNT, "项", "个").build());
    b.add(entry(7, "service.items_cancelled", "取消政务服务事项", "service items cancelled", COUNT, "项", "个")
        .build());
    b.add(entry(8, "reform.functions_returned", "回归机关的行政职能",
        "administrative functions returned to agencies", COUNT, "项").build());
    b.add(entry(9, "reform.institutions_abolished", "撤销事业单位", "public institutions abolished", COUNT, "个")
        .aliases("撤销的事业单位").build());
    b.add(entry(9, "reform.institutions_merged", "整合事业单位", "public institutions merged", COUNT, "个")
        .aliases("整合的事业单位").build());
    b.add(entry(9, "reform.institutions_created", "整合后新的事业单位",
        "public institutions created by merging", COUNT, "个").build());
    b.add(entry(10, "service.windows", "服务窗口", "service windows", COUNT, "个").aliases("窗口").build());
    b.add(entry(11, "service.one_window_rate", "“一窗”分类受理率", "one-window acceptance rate", PERCENT, "%")
        .aliases("一窗").build());
    b.add(entry(12, "service.accepted", "受理办件", "service cases accepted", COUNT, "件").build());
    b.add(entry(12, "service.completed", "办结办件", "service cases completed", COUNT, "件").build());
    b.add(entry(12, "service.completion_rate", "办结率", "completion rate of service cases", PERCENT, "%")
        .aggregation(Aggregation.ratio("service.completed", "service.accepted")).build());
    b.add(entry(13, "service.online_rate", "网上全流程办理率", "end-to-end online rate", PERCENT, "%").build());
    b.add(entry(14, "service.hall_coverage", "政务大厅覆盖率", "coverage of service halls", PERCENT, "%").build());
    b.add(entry(15, "service.case_volume", "办件量", "service case volume", COUNT, "件").build());
    b.add(entry(16, "service.paperwork_reduction", "材料减少幅度", "reduction in paperwork", PERCENT, "%")
        .build());
    // §5.3 Rules, decisions and legality review
    b.add(entry(18, "legality_review.count", "合法性审查", "legality reviews done", COUNT, "件", "份").build());
    b.add(entry(19, "legality_review.rate", "合法性审查率", "legality-review coverage", PERCENT, "%").build());
    b.add(entry(20, "normative_documents.filed", "规范性文件报备", "normative documents filed", COUNT, "件")
        .build());
    b.add(entry(20, "normative_documents.filing_rate", "规范性文件报备率", "filing rate of normative documents",
        PERCENT, "%").aggregation(Aggregation.ratio("normative_documents.filed", "normative_documents.issued"))
        .build());
    b.add(entry(21, "normative_documents.issued", "规范性文件制发", "normative documents issued", COUNT, "件")
        .build());
    b.add(entry(21, "normative_documents.repealed", "规范性文件废止", "normative documents repealed", COUNT, "件")
        .build());
    b.add(entry(21, "normative_documents.in_force", "现行有效规范性文件", "normative documents in force", COUNT,
        "件").build());
    b.add(entry(22, "decisions.catalogued", "重大行政决策事项", "major decisions in the published catalogue",
        COUNT, "项").build());
    b.add(entry(23, "normative_documents.cleaned_up", "清理文件", "documents cleaned up", COUNT, "件").build());
    // §5.4 Enforcement
    b.add(entry(24, "enforcement.cases", "行政执法案件", "enforcement actions, all types", COUNT, "件").build());
    b.add(entry(25, "enforcement.penalties", "行政处罚", "administrative penalties", COUNT, "件").build());
    b.add(entry(25, "enforcement.fines", "罚没金额", "fines and confiscations", AMOUNT, "元").build());
    b.add(entry(26, "enforcement.licence_applications", "行政许可申请", "licence applications", COUNT, "件")
        .build());
    b.add(entry(26, "enforcement.licences_granted", "行政许可准予", "licences granted", COUNT, "件").build());
    b.add(entry(26, "enforcement.licence_grant_rate", "行政许可准予率", "licence grant rate", PERCENT, "%")
        .aggregation(Aggregation.ratio("enforcement.licences_granted", "enforcement.licence_applications"))
        .build());
    b.add(entry(28, "enforcement.staff", "核定执法人员", "authorised enforcement staff", COUNT, "人").build());
    b.add(entry(30, "enforcement.units_inspected", "案卷检查单位", "units whose case files were inspected",
        COUNT, "个").aliases("重点检查案卷").build());
    b.add(entry(30, "enforcement.file_review_rate", "案卷评查面", "share of case files reviewed", PERCENT, "%")
        .build());
    b.add(entry(32, "audit.special_audits", "专项审计", "special audits", COUNT, "项").build());
    // §5.5 Openness
    b.add(entry(33, "openness.items_published", "主动公开信息", "items proactively published", COUNT, "条")
        .build());
    b.add(entry(34, "openness.document_disclosure_rate", "公文主动公开率",
        "proactive disclosure rate of official documents", PERCENT, "%").build());
    b.add(entry(36, "openness.responsible_units", "政务和政府信息公开责任单位",
        "units responsible for disclosure", COUNT, "个").build());
    b.add(entry(36, "openness.key_field_units", "重点领域信息公开责任单位",
        "units responsible for key-field disclosure", COUNT, "个").build());
    // §5.6 Oversight and dispute resolution (§3.4)
    b.add(entry(37, "reconsideration.received", "收到行政复议案件", "reconsideration cases received", COUNT, "件")
        .aliases("行政复议申请").build());
    b.add(entry(37, "reconsideration.accepted", "受理行政复议案件", "reconsideration cases accepted", COUNT, "件")
        .aliases("符合受理").build());
    b.add(entry(37, "reconsideration.withdrawn", "撤回行政复议申请", "reconsideration cases withdrawn", COUNT,
        "件").aliases("撤回申请").build());
    b.add(entry(37, "reconsideration.concluded", "审结行政复议案件", "reconsideration cases concluded", COUNT,
        "件").aliases("办结").build());
    b.add(entry(38, "reconsideration.corrected", "行政复议纠错", "reconsideration cases corrected", COUNT, "件")
        .build());
    b.add(entry(38, "reconsideration.correction_rate", "行政复议纠错率", "reconsideration correction rate",
        PERCENT, "%").aggregation(Aggregation.ratio("reconsideration.corrected", "reconsideration.concluded"))
        .build());
    b.add(entry(39, "reconsideration.mediated", "调解和解结案", "reconsideration cases mediated or settled",
        COUNT, "件").build());
    b.add(entry(39, "reconsideration.mediation_rate", "行政复议调解率", "reconsideration mediation rate", PERCENT,
        "%").aggregation(Aggregation.ratio("reconsideration.mediated", "reconsideration.concluded")).build());
    b.add(entry(41, "reconsideration.under_review", "审理行政复议案件", "reconsideration cases under review",
        COUNT, "件").build());
    b.add(entry(41, "reconsideration.closure_rate", "行政复议审结率", "reconsideration closure rate", PERCENT,
        "%").aggregation(Aggregation.ratio("reconsideration.concluded", "reconsideration.under_review"))
        .build());
    b.add(entry(44, "litigation.first_instance_cases", "一审行政诉讼收案", "first-instance cases filed", COUNT,
        "件").build());
    b.add(entry(44, "litigation.first_instance_concluded", "一审行政诉讼结案", "first-instance cases concluded",
        COUNT, "件").build());
    b.add(entry(44, "litigation.closure_rate", "一审行政诉讼结案率", "first-instance closure rate", PERCENT, "%")
        .aggregation(Aggregation.ratio("litigation.first_instance_concluded", "litigation.first_instance_cases"))
        .build());
    b.add(entry(45, "litigation.losses", "行政诉讼败诉", "litigation cases lost", COUNT, "件").build());
    b.add(entry(45, "litigation.loss_rate", "败诉率", "litigation loss rate", PERCENT, "%")
        .aggregation(Aggregation.ratio("litigation.losses", "litigation.first_instance_concluded")).build());
    b.add(entry(46, "litigation.head_appearance_rate", "行政机关负责人出庭应诉率",
        "heads' in-court appearance rate", PERCENT, "%").aliases("出庭应诉率").build());
    b.add(entry(47, "litigation.head_appearances", "负责人出庭", "heads' appearances in court", COUNT, "人次", "件")
        .build());
    b.add(entry(50, "reconsideration.opinion_letters", "意见书建议书", "opinion and suggestion letters issued",
        COUNT, "份").build());
    b.add(entry(51, "administrative_mediation.accepted", "行政调解受理", "administrative mediations accepted",
        COUNT, "件").build());
    b.add(entry(51, "administrative_mediation.succeeded", "行政调解成功", "administrative mediations succeeded",
        COUNT, "件").build());
    b.add(entry(51, "administrative_mediation.success_rate", "行政调解成功率",
        "administrative mediation success rate", PERCENT, "%")
        .aggregation(Aggregation.ratio("administrative_mediation.succeeded", "administrative_mediation.accepted"))
        .build());
    // §5.7 Public legal services and social governance
    b.add(entry(52, "mediation.disputes", "人民调解调处纠纷", "disputes handled by people's mediation", COUNT,
        "件").aliases("调处", "民事纠纷").build());
    b.add(entry(53, "mediation.succeeded", "调解成功", "disputes mediated successfully", COUNT, "件").build());
    b.add(entry(53, "mediation.success_rate", "调解成功率", "mediation success rate", PERCENT, "%")
        .aggregation(Aggregation.ratio("mediation.succeeded", "mediation.disputes")).build());
    b.add(entry(54, "mediation.amount", "调解协议涉及金额", "amount covered by mediation agreements", AMOUNT, "元")
        .build());
    b.add(entry(55, "legal_aid.cases", "法律援助案件", "legal-aid cases", COUNT, "件").build());
    b.add(entry(56, "legal_aid.losses_recovered", "挽回经济损失", "economic losses recovered", AMOUNT, "元")
        .build());
    b.add(entry(57, "legal_services.consultations", "法律咨询", "legal consultations", COUNT, "人次").build());
    b.add(entry(58, "legal_adviser.services", "村(居)法律顾问服务", "village legal-adviser services", COUNT,
        "件(次)", "件", "次").aliases("驻村居律师", "法律顾问").build());
    b.add(entry(58, "legal_adviser.coverage", "村(居)法律顾问覆盖率", "village legal-adviser coverage", PERCENT,
        "%").build());
    b.add(entry(59, "law_popularisation.events", "普法活动", "law-popularisation events", COUNT, "场次", "场", "次")
        .build());
    b.add(entry(60, "satisfaction.rule_of_law", "法治建设群众满意度", "public satisfaction with rule-of-law building",
        PERCENT, "%").aliases("满意度").build());
    b.add(entry(61, "hotline.on_time_rate", "按期办结率", "hotline on-time completion rate", PERCENT, "%").build());
    return b.build();
  }
}
