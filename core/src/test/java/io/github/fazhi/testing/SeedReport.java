package io.github.fazhi.testing;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/**
 * The reference report as a fixture: 韶关市曲江区2019年度法治政府建设年度报告
 * ({@code shared/seed/qujiang-2019.txt}), transcribed in full — preamble, seven work areas with their
 * measures and every number they state, the reconsideration tally, five shortcomings, the plans' preamble
 * and seven plan areas. Texts are copied from the seed as written (its ASCII commas and parentheses
 * included); only the enumeration markers ({@code 一是}, {@code (一)}) become ordinals.
 *
 * <p>The lead-in sentence of the shortcomings paragraph ("虽然我区…主要存在以下方面") and the web page's
 * navigation text are not kept.
 */
public final class SeedReport {
  /** The number of indicators the seed's work areas state. */
  public static final int INDICATOR_COUNT = 20;

  private SeedReport() {}

  /**
   * Returns the seed report.
   *
   * @return the report, never null
   */
  public static Report report() {
    return Report.builder()
        .jurisdiction(jurisdiction())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(2019))
        .published(LocalDate.of(2019, 12, 6))
        .title("韶关市曲江区2019年度法治政府建设年度报告")
        .preamble("2019年,我区全面贯彻党的十九大和十九届三中、四中全会精神,以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记系列重要讲话精神,认真落实《法治政府建设实施纲要(2015-2020年)》以及党中央、国务院和省、市的决策部署,围绕提高依法行政能力、完善行政决策机制、规范行政执法行为,扎实推进法治政府建设。现将有关情况报告如下:")
        .addAllWorkAreas(workAreas())
        .addReview(reconsideration())
        .addAllShortcomings(shortcomings())
        .plansPreamble("2020年,我区将继续深入贯彻党的十九大和党的十九届四中全会精神,坚持以习近平新时代中国特色社会主义思想为指导,深入学习和贯彻落实习近平总书记系列重要讲话精神,坚决贯彻执行党中央、国务院和省、市的重大决策部署,加大法治宣传力度,正确实施宪法和法律,深入推进依法行政,加快建设法治政府,为促进地方经济社会持续较快发展提供坚实的法治保障。")
        .addAllPlans(plans())
        .build();
  }

  /**
   * Returns the seed's jurisdiction: 曲江区, 440205, county level, parent 韶关市 (docs/domain.md, 'Jurisdictions').
   *
   * @return the jurisdiction, never null
   */
  public static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .name("曲江区")
        .code("440205")
        .level(JurisdictionLevel.COUNTY)
        .parent("韶关市")
        .build();
  }

  /**
   * Returns the seed's reconsideration tally: "收到…行政复议案件共11宗,审查后符合受理9宗(其中:3宗经调解当事人主动撤回申请,
   * 其余受理的6宗已全部办结)". Withdrawals are counted apart from 办结; nothing is pending; not-accepted (2)
   * and carried-over cases are not stated.
   *
   * @return the tally, never null
   */
  public static ReviewTally reconsideration() {
    return ReviewTally.builder()
        .procedure(Procedure.RECONSIDERATION)
        .received(11)
        .accepted(9)
        .withdrawn(3)
        .concluded(6)
        .pending(0)
        .withdrawalsCountedApart(true)
        .build();
  }

  private static ImmutableList<WorkArea> workAreas() {
    return ImmutableList.of(
        WorkArea.builder()
            .ordinal(1)
            .title("强化组织领导,提高思想认识")
            .addTaskArea(TaskArea.ORGANISATION_2015)
            .addTaskArea(TaskArea.CAPACITY_2015)
            .addMeasure(measure(1, "认真研究和部署年度法治政府建设工作。区委全面依法治区委员会印发了《韶关市曲江区2019年全面依法治区工作要点》,对加快建设法治政府明确提出了指导性意见。同时,以区政府办文件形式印发了《曲江区2019年依法行政工作要点》,明确了今年依法行政工作的目标、任务、步骤和具体措施。"))
            .addMeasure(measure(2, "坚持和完善学法制度。落实政府常务会议学法制度,进一步提高区政府领导班子成员的法律水平。今年下半年,先后在政府常务会议上组织学习了“新时代全面依法治国的根本遵循”和“重大行政决策程序解读”两个专题的学习,分别重点学习了《中共中央关于全面推进依法治国若干重大问题的决定》、习近平同志关于全面依法治国的工作部署、《习近平关于全面依法治国论述摘编》和《重大行政决策程序暂行条例》以及司法部相关领导对《重大行政决策程序暂行条例》的解读,进一步提高了区政府领导班子成员对法治政府建设重要性的认识。",
                count("政府常务会议学法专题", "study.topics", "2", "个", "两个专题")))
            .addMeasure(measure(3, "抓好“谁执法谁普法”责任制的落实。按照省、市工作部署和要求,开展了第二届国家机关“谁执法谁普法”履职报告评议活动,将区水务局、区教育局、区人社局、区卫健局、区市场监管局、区生态环境分局、区税务局、区住管局、曲江供电局等9个单位列为评议对象。通过开展评议活动,推动“谁执法谁普法”普法责任制深入开展、有效落实。",
                count("“谁执法谁普法”履职报告评议对象单位", "law_popularisation.units_evaluated", "9", "个", "9个单位")))
            .build(),
        WorkArea.builder()
            .ordinal(2)
            .title("建立健全工作机制,提升行政决策水平")
            .addTaskArea(TaskArea.DECISION_MAKING_2015)
            .addMeasure(measure(1, "进一步健全和完善行政决策工作机制。严格落实区委关于重大行政决策程序的规定,凡属“四重一大”和事关全区经济社会发展全局的重大行政决策,均按照程序先经区政府常务会议讨论通过后再提交区委常委会讨论决定。"))
            .addMeasure(measure(2, "在重大行政决策过程中广泛听取公众意见。对于涉及群众切身利益的重大行政决策事项,在作出决策前通过网上公开、召开座谈会、举行听证会等形式广泛听取意见,保障社会公众的知情权和参与权。"))
            .addMeasure(measure(3, "加强重大决策合法性审查。凡未经合法性审查或经审查不合法的,一律不得提交讨论或作出决策。"))
            .addMeasure(measure(4, "强化重大合同管理。加强政府、机关事业单位合同管理,区司法行政部门、律师参与政府投资项目和招商引资项目的审查工作,有效防止了合同纠纷的发生。"))
            .build(),
        WorkArea.builder()
            .ordinal(3)
            .title("加强规范性文件管理,确保政令合法可行")
            .addTaskArea(TaskArea.RULE_SYSTEM_2015)
            .addMeasure(measure(1, "做好规范性文件的清理工作。按照是否具有必要性和可行性、是否与法律法规规章和上位规范性文件相抵触、是否与其他规范性文件相冲突、是否与现行管理体制和实际工作相脱节的原则,持续做好规范性文件的清理工作。"))
            .addMeasure(measure(2, "依法制发规范性文件。在制定政府规范性文件过程中,既严格按照法定权限和有关法律、法规、规章和上级相关政策,又注意结合本地实际,增强了文件的可操作性。"))
            .addMeasure(measure(3, "加强规范性文件的配套管理。不断完善规范性文件备案审查制度,及时将新出台的规范性文件上报市司法局备案审查,做到有件必备、有错必纠。做好规范性文件的公布和实施监督,及时在区政府门户网公布我区现行有效的规范性文件,方便公民、法人或者其他组织进行查询和下载。"))
            .build(),
        WorkArea.builder()
            .ordinal(4)
            .title("不断完善体制机制,加快政府职能转变")
            .addTaskArea(TaskArea.FUNCTIONS_2015)
            .addMeasure(measure(1, "持续深化机构改革。认真贯彻中央关于深化党和国家机构改革的决定及党和国家机构改革方案,遵循中央顶层设计,全面落实深化地方机构改革任务;以制定“三定”规定为手段,优化职能配置,合理划分事权,理顺权责关系,提高效能,努力构建系统完备、科学规范、运行高效、符合曲江特点的机构职能体系;以调整机构编制实名制系统为契机,规范机构编制实名制管理,推动管理规范化、制度化。"))
            .addMeasure(measure(2, "同步推进事业单位改革。将原由事业单位承担的205项行政职能全部回归机关,对涉改部门所属事业单位进行划转、更名、拆分、整合,进一步调整优化布局,强化事业单位公益属性。通过改革,全区共撤销22个事业单位,将12个事业单位整合成4个新的事业单位,有效解决了事业单位数量偏多、资源配置不合理等突出问题。",
                count("回归机关的行政职能", "reform.functions_returned", "205", "项", "205项行政职能"),
                count("撤销的事业单位", "reform.institutions_abolished", "22", "个", "撤销22个事业单位"),
                count("整合的事业单位", "reform.institutions_merged", "12", "个", "将12个事业单位整合"),
                count("整合后新的事业单位", "reform.institutions_created", "4", "个", "整合成4个新的事业单位")))
            .addMeasure(measure(3, "深化行政执法体制改革。切实推进市场监管、文化市场、卫生健康领域行政执法体制改革,继续完善交通运输、农业、城市管理等领域行政执法体制改革,组建综合执法队伍,实行“局队合一”,大力提高执法效能,形成监管合力。"))
            .addMeasure(measure(4, "加强区行政服务中心窗口建设。积极推行首问负责制,落实服务承诺制和限时办结制。2019年5月,我区政务服务中心新办事大厅正式运行,“一窗受理”步入正轨,设置综合服务窗口和专业窗口145个。截至目前,“一窗”分类受理率实现了上级要求的70%以上的目标,办结率98.8%。",
                count("综合服务窗口和专业窗口", "service.windows", "145", "个", "窗口145个"),
                percent("“一窗”分类受理率", "service.one_window_rate", "70", "%", Qualifier.AT_LEAST, "70%以上"),
                percent("办结率", "service.completion_rate", "98.8", "%", Qualifier.EXACT, "办结率98.8%")))
            .build(),
        WorkArea.builder()
            .ordinal(5)
            .title("加强信息公开工作,提升政府服务效能")
            .addTaskArea(TaskArea.OVERSIGHT_2015)
            .addMeasure(measure(1, "加强组织领导。发挥区政府信息公开领导小组办公室的组织协调作用,推进全区政府信息公开、政务公开工作,全区有51个政务和政府信息公开责任单位,64个重点领域信息公开责任单位,实现了区、镇两级政府重点领域信息发布平台全覆盖。",
                count("政务和政府信息公开责任单位", "openness.responsible_units", "51", "个", "51个"),
                count("重点领域信息公开责任单位", "openness.key_field_units", "64", "个", "64个")))
            .addMeasure(measure(2, "依法主动公开政府信息。我区遵循“公正、公平、便民”的原则,积极主动地做好政府信息公开工作,有效地促进了阳光政府建设,切实保障了人民群众参与权、知情权、监督权,增进了党和政府的公信力和执行力。"))
            .addMeasure(measure(3, "加强重点领域信息公开工作。从群众关注的社会热点难点问题入手,继续加大环境保护、食品药品安全、行政审批、安全生产、征地拆迁、财政预决算和“三公”经费预决算、等重点领域信息公开,大力推进民生领域信息公开。"))
            .build(),
        WorkArea.builder()
            .ordinal(6)
            .title("健全监督工作机制,进一步规范行政行为")
            .addTaskArea(TaskArea.ENFORCEMENT_2015)
            .addTaskArea(TaskArea.OVERSIGHT_2015)
            .addMeasure(measure(1, "深入推进行政执法责任制。采取不定期抽查的方式,对行政部门执法依据、执法权限、执法制度、执法流程和执法人员信息公示情况进行了检查。结合开展第二届国家机关“谁执法谁普法”履职报告评议活动,重点检查了9个被评议单位的案卷。",
                count("重点检查案卷的被评议单位", "enforcement.units_inspected", "9", "个", "9个被评议单位")))
            .addMeasure(measure(2, "严格行政执法主体资格。要求各行政机关工作人员持证执法,禁止行政执法机关雇用合同工、临时工等非公务人员从事行政执法工作。做好行政执法证件的申领换发工作,防止弄虚作假行为。"))
            .addMeasure(measure(3, "加大行政监察和审计监督力度。围绕不作为乱作为、专业技术领域腐败、基层“微腐败”等内容开展专项巡察。围绕“放管服”改革推进、营商环境优化综合改革、生态环境、公安户政领域改革、实体经济扶持政策和降费减负等6项重点内容进行了专项审计。",
                count("专项审计重点内容", "audit.special_audits", "6", "项", "6项重点内容")))
            .build(),
        WorkArea.builder()
            .ordinal(7)
            .title("强化公共法律服务,维护社会和谐稳定")
            .addTaskArea(TaskArea.DISPUTE_RESOLUTION_2015)
            .addMeasure(measure(1, "加强人民调解工作。健全完善人民调解与行政调解、司法调解联动工作体系,发挥好人民调解在矛盾纠纷多元化解机制中的基础性作用。加强社会矛盾纠纷分析研判,切实发挥人民调解作为维护社会和谐稳定第一道防线的作用。全区人民调解组织累计调处各类民事纠纷1338宗,调解成功率达99﹪,有效防止了社会矛盾激化。",
                count("人民调解组织调处各类民事纠纷", "mediation.disputes", "1338", "宗", "1338宗"),
                percent("调解成功率", "mediation.success_rate", "99", "﹪", Qualifier.EXACT, "达99﹪")))
            .addMeasure(measure(2, "不断扩大法律援助范围。认真落实《关于进一步加强法律援助工作的意见》,不断满足弱势群体全方位、多元化的法律援助需求,扩大援助范围,创新便民举措,优化法律援助服务模式。"))
            .addMeasure(measure(3, "有效发挥村(居)法律顾问作用。推进一村(社区)一法律顾问工作,为群众提供精准法律服务。驻村居律师全年累计提供服务总数995件(次),取得了良好的社会成效。",
                count("驻村居律师提供服务", "legal_adviser.services", "995", "件(次)", "995件(次)")))
            .addMeasure(measure(4, "做好行政复议工作。到目前为止收到单位和个人提起的行政复议案件共11宗,审查后符合受理9宗(其中:3宗经调解当事人主动撤回申请,其余受理的6宗已全部办结)。通过行政复议,切实维护人民群众的合法权益,增强了行政复议制度在群众中的认可度与信任度。",
                count("收到行政复议案件", "reconsideration.received", "11", "宗", "共11宗"),
                count("符合受理的行政复议案件", "reconsideration.accepted", "9", "宗", "受理9宗"),
                count("经调解当事人主动撤回申请", "reconsideration.withdrawn", "3", "宗", "3宗"),
                count("已全部办结的受理案件", "reconsideration.concluded", "6", "宗", "6宗")))
            .build());
  }

  private static ImmutableList<String> shortcomings() {
    return ImmutableList.of(
        "少数单位对法治政府建设的重要性认识不足,依法行政意识不强,运用法治思维方法解决矛盾问题的能力和水平有待提高。",
        "在行政执法方面存在执法程序和执法文书不够规范等问题,行政执法人员素质和能力有待进一步提高。",
        "行政执法监督力度不够,日常监督检查少,行政过错责任追究和错案责任追究力度有待加强。",
        "基层法律顾问的作用没有得到充分发挥,运用法治思维和法律手段化解基层矛盾的能力还比较薄弱。",
        "法律服务人员数量严重不足,难以适应当前经济社会发展的要求。");
  }

  private static ImmutableList<WorkArea> plans() {
    return ImmutableList.of(
        WorkArea.builder().ordinal(1).title("切实加强组织领导")
            .text("把法治政府建设列入政府中心工作,定期研究、协调解决法治建设重大问题。贯彻落实《法治政府建设实施纲要(2015-2020年)》,对明确要求建立的制度、完成的具体任务,以及涉及建设法治政府领域的重点改革任务等,加强督促检查,确保按照规定时限和要求完成。推进简政放权、放管结合、优化服务工作,进一步精简审批事项,规范审批环节,压缩审批时限,优化审批服务,提高审批质量和效率。结合新一轮行政机构改革,全面细致梳理政府部门职能,准确界定各部门的职责,明晰政府权力边界。继续推进负面清单制度,扩大负面清单管理适用领域。大力推行权责清单制度,在全面梳理、清理调整、审核确认、优化流程的基础上,推进机构、职责、权限、程序、责任法定化。").build(),
        WorkArea.builder().ordinal(2).title("推进依法科学民主决策")
            .text("严格落实《重大行政决策程序暂行条例》,努力形成事前规范、事中把关、事后跟踪“三位一体”的重大决策纠偏机制。加强重大行政决策公众参与平台建设,编制重大行政决策事项目录并向社会公布。认真落实重大决策社会稳定风险评估要求,做到应评尽评。建立重大决策全过程记录、材料归档和档案管理制度,实现重大行政决策年度目录事项全部立卷归档。健全重大行政决策公平竞争内部审查机制,加大行政决策合法性审查力度,明确法律顾问和公职律师参与决策过程、提出法律意见成为决策的必经程序。认真贯彻落实《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》和《广东省行政机关规范性文件管理规定》,进一步健全我区规范性文件规定监督管理机制。").build(),
        WorkArea.builder().ordinal(3).title("进一步规范行政执法行为")
            .text("继续深化行政执法体制改革,优化配置执法力量,推动执法重心和力量下移。进一步规范行政执法程序,严格落实行政执法公示、全过程记录、重大行政执法决定法制审核等制度。健全行政执法与刑事执法衔接机制,完善行政执法机关、检察机关、审判机关信息共享、案情通报、案件移送制度。推广运用说服教育、劝导示范、行政指导、行政奖励等非强制性执法手段。进一步规范行政执法自由裁量权,督促行政执法部门探索建立执法裁量案例指导,推动“以案说法”。健全行政执法评议考核、行政执法公示、行政执法责任追究等制度,强化行政执法监督检查、行政执法案卷评查等工作。").build(),
        WorkArea.builder().ordinal(4).title("全面推进政务公开")
            .text("推进阳光政务建设工作,推动重点领域信息公开,拓宽政府信息公开渠道。按照“以公开为原则,以不公开为例外”的总要求,梳理依法应主动公开的政府信息,细化分类、规范表述,特别要做好社会公众普遍关注的征地拆迁补偿、财政资金使用和“三公”经费、环境保护、城建规划等重点领域的政府信息公开,使信息公开内容能够满足群众的需要。以社会需求为导向,进一步丰富政务公开方式,继续通过网站、广播、电视、公示栏等多种便于公众知晓的方式进行公开,更好地为经济社会发展和人民群众服务。加强政府信息公开平台、重点领域信息公开规范化建设。").build(),
        WorkArea.builder().ordinal(5).title("强化对行政权力的制约和监督")
            .text("自觉接受人大、政协监督。认真落实监察法,自觉接受监察委员会监督,确保正确行使权力。全面落实行政执法责任制,加强对行政执法的监督,组织开展行政执法案卷评查或行政执法检查。建立健全行政执法机关内部人员干预、插手案件办理的记录、通报和责任追究制度。建立健全执法过错纠正和责任追究程序,实行错案责任倒查问责制。建立健全政府内部权力制约体系,对财政资金分配使用、国有资产监管、政府投资、政府采购、公共资源转让、公共工程建设等权力集中的部门和岗位实行分事行权、分岗设权、分级授权,定期轮岗。发挥审计的重要监督作用,抓好重大政策落实情况的跟踪审计,推进对公共资金、国有资产、国有资源和领导干部履行经济责任的审计全面覆盖。").build(),
        WorkArea.builder().ordinal(6).title("依法有效化解社会矛盾纠纷")
            .text("加强行政应诉和行政复议工作,配合人民法院和复议机关的案件审查工作,加大行政机关负责人出庭应诉力度,尊重并执行人民法院生效判决和复议机关生效复议决定。加强行政复议能力建设,推行“阳光复议、便民复议”,提升行政复议人员工作水平,改善行政复议办公场所和办案设施,改进和完善办案方式,推行错案责任追究制和行政复议意见书制度,增强行政复议的公信力和权威性。建立健全信访工作责任体系,依法分类处理信访诉求,扎实有效做好访诉分离后的善后衔接工作。").build(),
        WorkArea.builder().ordinal(7).title("提升政府工作人员法治思维和依法行政能力")
            .text("以新一轮机构改革为契机,加强区、镇和区直部门法律人员队伍建设,使机构设置、人员配备与法治政府建设工作任务相适应。加强法治专业队伍建设,树立重视法治素养和法治能力的用人导向。加强行政执法人员管理,建立行政执法人员信息台账和动态管理机制。深入开展“七五”普法活动,继续抓好“谁执法谁普法”责任制的落实,进一步提高政府工作人员的法律素养和依法行政水平。加大法律工作人员的业务培训,不断提高业务素质和工作能力。健全政府法律顾问制度,更好地发挥区政府法律顾问作用,当好政府的参谋助手。").build());
  }

  private static Measure measure(int ordinal, String text, Indicator... indicators) {
    return Measure.builder().ordinal(ordinal).text(text).addIndicators(indicators).build();
  }

  private static Indicator count(String label, String code, String value, String unit, String written) {
    return Indicator.builder()
        .label(label)
        .code(code)
        .kind(IndicatorKind.COUNT)
        .value(new BigDecimal(value))
        .unit(Unit.of(unit))
        .written(written)
        .build();
  }

  private static Indicator percent(
      String label, String code, String value, String unit, Qualifier qualifier, String written) {
    return Indicator.builder()
        .label(label)
        .code(code)
        .kind(IndicatorKind.PERCENT)
        .value(new BigDecimal(value))
        .unit(Unit.of(unit))
        .qualifier(qualifier)
        .written(written)
        .build();
  }
}
