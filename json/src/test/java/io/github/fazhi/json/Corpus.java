package io.github.fazhi.json;

import static io.github.fazhi.json.ModuleTestBase.json;

import java.util.List;

/**
 * Documents on which the JSON Schema and the binding must agree. {@code $R} stands for the required
 * fields of a report.
 */
final class Corpus {
  private Corpus() {}

  /** The start of a 政府信息公开 report's {@code openGovInfo}, in the 2021 layout, to be closed by the caller. */
  private static final String OPEN_GOV = "{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021',";

  private static String indicator(String indicator) {
    return json("{$R,'workAreas':[{'ordinal':1,'title':'t','measures':[{'ordinal':1,'text':'m','indicators':["
        + indicator + "]}]}]}");
  }

  /** Good documents beyond the fixtures: both accept them. */
  static final List<String> GOOD = List.of(
      json("{$R}"),
      json("{$R,'kind':'rule_of_law_annual','published':'2019-12-06','title':'t','preamble':'p'}"),
      json("{$R,'issuerKind':'department'}"),
      json("{$R,'shortcomings':[],'plans':[],'reviews':[]}"),
      json("{$R,'reviews':[{'procedure':'litigation','route':'direct','received':3,'decisions':{'upheld':1},"
          + "'outcomeGroups':{'other':0},'outcomesComplete':false}]}"),
      json("{$R,'plans':[{'ordinal':2,'title':'t','text':'x','taskAreas':['digital_2021']}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','received':1e3,'accepted':9.0,'pending':0E+2}]}"),
      json("{$R,'workAreas':[{'ordinal':1.0,'title':'t'}]}"),
      indicator("{'label':'l','kind':'percent','value':100,'unit':'％','basis':{'numerator':0,'denominator':3}}"),
      indicator("{'label':'l','kind':'percent_change','value':-12.5,'unit':'%'}"),
      indicator("{'label':'l','kind':'percentage_points','value':-0.3,'unit':'个百分点'}"),
      indicator("{'label':'l','kind':'count','value':1.19,'unit':'万人','qualifier':'more_than'}"),
      indicator("{'label':'l','kind':'rank','value':1,'unit':'名'}"),
      indicator("{'label':'l','kind':'amount','value':0,'unit':'亿元','parts':[{'label':'p','kind':'amount',"
          + "'value':0,'unit':'亿元'}],'partsComplete':true}"),
      indicator("{'label':'l','code':'a.b_c.d1','kind':'ratio','value':2.5E+2,'unit':'倍','written':'250倍'}"),
      json("{'year':2020,'issuer':'审计局','issuerKind':'department'}"),
      json("{'jurisdiction':{'name':'乐昌市','level':'county_level_city'},'year':2020}"),
      json("{'kind':'reconsideration_annual','jurisdiction':{'name':'西咸新区','level':'special_zone'},'year':2023}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','resolvedBeforeAcceptance':17,'decisions':{'other':1,"
          + "'mediated_or_settled':2,'revoked_and_ordered_to_redo':3},'decisionsTotal':6}]}"),
      indicator("{'label':'l','kind':'percent_change','value':128.78,'unit':'%','growthBase':{'current':151,"
          + "'previous':66}}"),
      indicator("{'label':'l','kind':'change','value':-417,'unit':'件','growthBase':{'current':0,'previous':417}}"),
      indicator("{'label':'l','kind':'count','value':3,'unit':'件','breakdowns':[{'name':'n','complete':true,"
          + "'parts':[{'label':'p','kind':'count','value':3,'unit':'件'}]}]}"),
      json("{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'trial_2019'}}"),
      json(OPEN_GOV + "'applications':{},'disputes':{'blocks':{}},'sections':{},'overview':{}}}"),
      json(OPEN_GOV + "'proactive':{'rows':{'fees':{'fee_amount':0.05},'rules':{}}}}}"),
      json(OPEN_GOV + "'applications':{'rows':{'results':{'total':3},'not_disclosed':{'natural_person':1e1}}}}}"));

  /** Bad documents the schema can describe: both refuse them. */
  static final List<String> BAD = List.of(
      json("{}"),
      json("{'year':2020,'issuer':'审计局'}"),
      json("{'year':2020,'issuer':'审计局','issuerKind':'government'}"),
      json("{'year':2020,'issuerKind':'department'}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','decisionsTotal':-1}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','resolvedBeforeAcceptance':1.5}]}"),
      indicator("{'label':'l','kind':'count','value':3,'unit':'件','growthBase':{'current':3,'previous':1}}"),
      indicator("{'label':'l','kind':'change','value':3,'unit':'%'}"),
      indicator("{'label':'l','kind':'change','value':3,'unit':'件','growthBase':{'current':3}}"),
      indicator("{'label':'l','kind':'change','value':3,'unit':'件','growthBase':{'current':3,'previous':-1}}"),
      indicator("{'label':'l','kind':'count','value':3,'unit':'件','breakdowns':[{'name':'n','parts':[]}]}"),
      indicator("{'label':'l','kind':'count','value':3,'unit':'件','breakdowns':[{'parts':[{'label':'p',"
          + "'kind':'count','value':3,'unit':'件'}]}]}"),
      json("[]"),
      json("{$R,'title':5}"),
      json("{$R,'title':null}"),
      json("{$R,'author':'x'}"),
      json("{$R,'title':' '}"),
      json("{$R,'kind':'annual'}"),
      json("{$R,'issuerKind':'bureau'}"),
      json("{$R,'published':'2019/12/06'}"),
      json("{$R,'published':'2019-02-30'}"),
      json("{$R,'shortcomings':['a',7]}"),
      json("{$R,'workAreas':{}}"),
      json("{$R,'workAreas':[{'ordinal':0,'title':'t'}]}"),
      json("{$R,'workAreas':[{'ordinal':1}]}"),
      json("{$R,'workAreas':[{'ordinal':1,'title':'t','taskAreas':['functions_2015','functions_2015']}]}"),
      json("{$R,'workAreas':[{'ordinal':1.5,'title':'t'}]}"),
      json("{'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':1800}"),
      json("{'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':'2019'}"),
      json("{'jurisdiction':{'name':'曲江区','level':'city'},'issuer':'i','year':2019}"),
      json("{'jurisdiction':{'name':'曲江区','code':'44020','level':'county'},'issuer':'i','year':2019}"),
      json("{'jurisdiction':{'level':'county'},'issuer':'i','year':2019}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','accepted':-1}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','received':9.5}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','received':'11'}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','route':'direct'}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'approved':1}}]}"),
      json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'withdrawn':-3}}]}"),
      json("{$R,'reviews':[{'route':'direct'}]}"),
      indicator("{'label':'l','kind':'percent','value':120,'unit':'%'}"),
      indicator("{'label':'l','kind':'percent','value':-1,'unit':'%'}"),
      indicator("{'label':'l','kind':'percent','value':98.8,'unit':'个'}"),
      indicator("{'label':'l','kind':'count','value':-1,'unit':'个'}"),
      indicator("{'label':'l','kind':'count','value':3,'unit':'%'}"),
      indicator("{'label':'l','kind':'amount','value':3,'unit':'个百分点'}"),
      indicator("{'label':'l','kind':'rank','value':0,'unit':'名'}"),
      indicator("{'label':'l','kind':'rank','value':1.5,'unit':'名'}"),
      indicator("{'label':'l','kind':'amount','value':'1','unit':'元'}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'3个'}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'万'}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':''}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'元','basis':{'numerator':1,'denominator':2}}"),
      indicator("{'label':'l','kind':'percent','value':1,'unit':'%','basis':{'numerator':1,'denominator':0}}"),
      indicator("{'label':'l','kind':'percent','value':1,'unit':'%','basis':{'numerator':1}}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'元','partsComplete':true}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'元','code':'Mediation.Rate'}"),
      indicator("{'label':'l','kind':'size','value':1,'unit':'元'}"),
      indicator("{'label':'l','kind':'amount','value':1,'unit':'元','qualifier':'AT_LEAST'}"),
      indicator("{'label':'l'}"),
      json("{$R,'openGovInfo':{'layout':'format_2021'}}"),
      json("{$R,'kind':'open_gov_info_annual','openGovInfo':{}}"),
      json(OPEN_GOV + "'applications':{'rows':{'newly_received':{'total':1}}}}}"),
      json(OPEN_GOV + "'applications':{'rows':{'new_received':{'sum':1}}}}}"),
      json(OPEN_GOV + "'applications':{'rows':{'new_received':{'total':-1}}}}}"),
      json(OPEN_GOV + "'applications':{'rows':{'new_received':{'total':'1'}}}}}"),
      json(OPEN_GOV + "'applications':{'rows':{'new_received':[1]}}}}"),
      json(OPEN_GOV + "'disputes':{'rows':{'reconsideration':{'total':1}}}}}"),
      json(OPEN_GOV + "'proactive':{'rows':{'licensing':{'change':-1.5}}}}}"),
      json(OPEN_GOV + "'proactive':{'rows':{'fees':{'fee_amount':-1}}}}}"),
      json(OPEN_GOV + "'sections':{'overview':' '}}}"),
      json(OPEN_GOV + "'overview':{'litigations':-1}}}"));

  /**
   * Bad documents only the binding refuses, each with the reason the schema cannot say it: rules across
   * fields or beyond JSON's data model. Kept short on purpose.
   */
  static final List<List<String>> BINDING_ONLY = List.of(
      List.of(json("{$R,'published':'2018-12-31'}"),
          "published not before the report's year: a comparison between two fields"),
      List.of(indicator("{'label':'l','kind':'count','value':1.5,'unit':'个'}"),
          "a COUNT is whole once scaled by its unit (1.19万 is whole): depends on the unit's scale"),
      List.of(json("{$R,'issuer':'i'}"),
          "duplicate keys: JSON Schema sees the parsed object, where the last key wins"),
      List.of(json(OPEN_GOV.replace("format_2021", "trial_2019")
          + "'applications':{'rows':{'other_not_completed':{'total':1}}}}}"),
          "a cell the layout does not have: the rows and columns depend on the layout field"));
}
