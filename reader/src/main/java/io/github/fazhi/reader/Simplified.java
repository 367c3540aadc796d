package io.github.fazhi.reader;

/**
 * Traditional characters (繁体字) of the words an open-government-information report's tables, headings
 * and overview use, read as their simplified forms, so that a page published or copied in traditional
 * characters (規章, 行政處罰, 本年新收政府信息公開申請數量) is read by the same labels.
 */
final class Simplified {
  private static final String TRADITIONAL =
      "開請數結轉辦區處計這屬國規穩護權類務過執詢項無機關沒現補後確訪舉報訴複復當認獲費繳納總繼續範動許對罰強"
          + "業採購發廢決額單萬減議訟維糾審經體況問題進條個餘約兩覆製檔與為會員級於統們從專電話樣導書歸億點滿劃產"
          + "農醫學將準則環廳門臺鐵錄雙邊還達運違連圖園聲場備頭讀談論設試詳變讓負責買資質車軍較輸轄遺郵釋長閱隊陽"
          + "階隨險難預領頻顧風館驗黃齡龍縣鎮鄉島東廣蘇黨衛層義嚴傳號節歷頁顯響證該針優勢視錢勞齊陸陳紀營藝術樂灣"
          + "遠選適遞遊壓塊負貿賣賽釋鐘閉間雜靈韓順須飛馬鳥麗麼戶筆屆輪";
  private static final String SIMPLIFIED =
      "开请数结转办区处计这属国规稳护权类务过执询项无机关没现补后确访举报诉复复当认获费缴纳总继续范动许对罚强"
          + "业采购发废决额单万减议讼维纠审经体况问题进条个余约两复制档与为会员级于统们从专电话样导书归亿点满划产"
          + "农医学将准则环厅门台铁录双边还达运违连图园声场备头读谈论设试详变让负责买资质车军较输辖遗邮释长阅队阳"
          + "阶随险难预领频顾风馆验黄龄龙县镇乡岛东广苏党卫层义严传号节历页显响证该针优势视钱劳齐陆陈纪营艺术乐湾"
          + "远选适递游压块负贸卖赛释钟闭间杂灵韩顺须飞马鸟丽么户笔届轮";

  static {
    if (TRADITIONAL.length() != SIMPLIFIED.length()) {
      throw new ExceptionInInitializerError("traditional and simplified tables differ in length");
    }
  }

  private Simplified() {}

  /** The character's simplified form, or the character itself. */
  static char of(char c) {
    if (c < 0x4e00) {
      return c;
    }
    int at = TRADITIONAL.indexOf(c);
    return at < 0 ? c : SIMPLIFIED.charAt(at);
  }

  /** The text with each traditional character of the table above simplified; the same length. */
  static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char simple = of(c);
      if (simple != c) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, simple);
      }
    }
    return out == null ? text : out.toString();
  }
}
