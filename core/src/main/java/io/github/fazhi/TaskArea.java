package io.github.fazhi;

/**
 * A task area of a national outline (docs/domain.md, 'The annual report': task areas). A report's work
 * areas are paraphrases of these, so a {@link WorkArea} carries its own title and zero or more task areas
 * as tags.
 *
 * <p>Names end in the outline's first year because both outlines have areas of the same theme.
 */
public enum TaskArea {
  /** 依法全面履行政府职能. */
  FUNCTIONS_2015(Outline.OUTLINE_2015_2020, 1, "依法全面履行政府职能"),
  /** 完善依法行政制度体系. */
  RULE_SYSTEM_2015(Outline.OUTLINE_2015_2020, 2, "完善依法行政制度体系"),
  /** 推进行政决策科学化、民主化、法治化. */
  DECISION_MAKING_2015(Outline.OUTLINE_2015_2020, 3, "推进行政决策科学化、民主化、法治化"),
  /** 坚持严格规范公正文明执法. */
  ENFORCEMENT_2015(Outline.OUTLINE_2015_2020, 4, "坚持严格规范公正文明执法"),
  /** 强化对行政权力的制约和监督 (政务公开 sits here). */
  OVERSIGHT_2015(Outline.OUTLINE_2015_2020, 5, "强化对行政权力的制约和监督"),
  /** 依法有效化解社会矛盾纠纷. */
  DISPUTE_RESOLUTION_2015(Outline.OUTLINE_2015_2020, 6, "依法有效化解社会矛盾纠纷"),
  /** 全面提高政府工作人员法治思维和依法行政能力. */
  CAPACITY_2015(Outline.OUTLINE_2015_2020, 7, "全面提高政府工作人员法治思维和依法行政能力"),
  /** 组织保障和落实机制 (organisational support, after the seven tasks). */
  ORGANISATION_2015(Outline.OUTLINE_2015_2020, 8, "组织保障和落实机制"),

  /** 健全政府机构职能体系，推动更好发挥政府作用. */
  GOV_FUNCTIONS_2021(Outline.OUTLINE_2021_2025, 1, "健全政府机构职能体系，推动更好发挥政府作用"),
  /** 健全依法行政制度体系，加快推进政府治理规范化程序化法治化. */
  RULE_SYSTEM_2021(Outline.OUTLINE_2021_2025, 2, "健全依法行政制度体系，加快推进政府治理规范化程序化法治化"),
  /** 健全行政决策制度体系，不断提升行政决策公信力和执行力. */
  DECISION_MAKING_2021(Outline.OUTLINE_2021_2025, 3, "健全行政决策制度体系，不断提升行政决策公信力和执行力"),
  /** 健全行政执法工作体系，全面推进严格规范公正文明执法. */
  ENFORCEMENT_2021(Outline.OUTLINE_2021_2025, 4, "健全行政执法工作体系，全面推进严格规范公正文明执法"),
  /** 健全突发事件应对体系，依法预防处置重大突发事件. */
  EMERGENCY_2021(Outline.OUTLINE_2021_2025, 5, "健全突发事件应对体系，依法预防处置重大突发事件"),
  /** 健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义. */
  DISPUTE_RESOLUTION_2021(Outline.OUTLINE_2021_2025, 6, "健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义"),
  /** 健全行政权力制约和监督体系，促进行政权力规范透明运行. */
  OVERSIGHT_2021(Outline.OUTLINE_2021_2025, 7, "健全行政权力制约和监督体系，促进行政权力规范透明运行"),
  /** 健全法治政府建设科技保障体系，全面建设数字法治政府. */
  DIGITAL_2021(Outline.OUTLINE_2021_2025, 8, "健全法治政府建设科技保障体系，全面建设数字法治政府"),
  /** 加强党的领导，完善法治政府建设推进机制. */
  PARTY_LEADERSHIP_2021(Outline.OUTLINE_2021_2025, 9, "加强党的领导，完善法治政府建设推进机制");

  private final Outline outline;
  private final int number;
  private final String chinese;

  TaskArea(Outline outline, int number, String chinese) {
    this.outline = outline;
    this.number = number;
    this.chinese = chinese;
  }

  /**
   * Returns the outline this task area belongs to.
   *
   * @return the outline, never null
   */
  public Outline outline() {
    return outline;
  }

  /**
   * Returns the task's number in its outline, from 1.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the outline's own wording of this task area.
   *
   * @return the Chinese title, never null
   */
  public String chinese() {
    return chinese;
  }
}
