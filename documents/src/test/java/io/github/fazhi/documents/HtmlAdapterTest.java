package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlAdapterTest {
  private static final Charset GBK = Charset.forName("GBK");

  /** A lookalike of a county site's report page: chrome, a related-articles list, a table with merged cells. */
  static String page(String head) {
    return "<!DOCTYPE html><html><head>" + head + "<title>报告</title>"
        + "<script>var visits = 9999;</script><style>.x{}</style></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/gk\">政务公开</a></div>"
        + "<div class=\"main\"><div id=\"zoom\">"
        + "<h1>淮安市洪泽区人民政府2023年政府信息公开工作年度报告</h1>"
        + "<p>本年度共收到政府信息公开申请125件，由王喆同志负责汇总。<br>全部按期办结。</p>"
        + "<table border=\"1\">"
        + "<tr><td rowspan=\"2\" colspan=\"2\">本列数据的统计期限</td><td colspan=\"3\">申请人情况</td></tr>"
        + "<tr><td>自然人</td><td>法人</td><td>总计</td></tr>"
        + "<tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>20</td><td>5</td><td>25</td></tr>"
        + "<tr><td>（二）部分公开</td><td>4</td><td>0</td><td>4</td></tr>"
        + "</table>"
        + "<p>特此报告。</p>"
        + "</div>"
        + "<div class=\"xgwz\"><h3>相关文章</h3><ul><li><a>2022年报告（收到申请98件）</a></li></ul></div>"
        + "<div><h4>相关链接</h4><ul><li><a>某市2023年报告（收到申请310件）</a></li><li><a>下载</a></li></ul></div>"
        + "</div><div class=\"footer\">网站标识码3208290001 访问量12345</div></body></html>";
  }

  @Test
  void aGb2312DeclaredPageWithGbkBytes_readsRight() throws Exception {
    byte[] bytes = page("<meta charset=\"gb2312\">").getBytes(GBK);

    Document document = Documents.read(bytes, "report.htm");

    assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(document.text()).contains("由王喆同志负责汇总"); // 喆 is GBK, not GB2312
  }

  @Test
  void httpEquivDeclaration_isRead() throws Exception {
    byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">").getBytes(GBK);

    assertThat(Documents.read(bytes, "report.html").text()).contains("淮安市洪泽区人民政府2023年");
  }

  @Test
  void aByteOrderMark_winsOverTheDeclaration() throws Exception {
    byte[] page = page("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[page.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(page, 0, bytes, 3, page.length);

    assertThat(Documents.read(bytes, "report.html").text()).contains("由王喆同志负责汇总");
  }

  @Test
  void aWrongDeclaration_fallsBackToDetection() throws Exception {
    // declared UTF-8, served as GBK: GBK bytes do not decode as UTF-8
    byte[] bytes = page("<meta charset=\"utf-8\">").getBytes(GBK);

    assertThat(Documents.read(bytes, "report.html").text()).contains("本年度共收到政府信息公开申请125件");
  }

  @Test
  void chromeAndRelatedArticles_areDropped() throws Exception {
    Document document = Documents.read(page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8), "a.html");

    assertThat(document.text()).doesNotContain("9999", "首页", "相关文章", "98件", "310件", "访问量", "3208290001")
        .startsWith("淮安市洪泽区人民政府2023年政府信息公开工作年度报告\n").endsWith("特此报告。");
  }

  @Test
  void blocks_areHeadingsParagraphsAndTables() throws Exception {
    Document document = Documents.read(page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8), "a.html");

    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Paragraph", "Table", "Paragraph");
    assertThat(document.blocks().get(1)).isInstanceOfSatisfying(Paragraph.class, paragraph ->
        assertThat(paragraph.text()).isEqualTo("本年度共收到政府信息公开申请125件，由王喆同志负责汇总。\n全部按期办结。"));
  }

  @Test
  void rowspanAndColspan_arePlacedOnTheGrid() throws Exception {
    Table table = Documents.read(page("").getBytes(StandardCharsets.UTF_8), "a.html").tables().get(0);

    assertThat(table.columnCount()).isEqualTo(5);
    assertThat(table.gridRow(0)).containsExactly("本列数据的统计期限", "本列数据的统计期限", "申请人情况", "申请人情况",
        "申请人情况");
    assertThat(table.gridRow(1)).containsExactly("本列数据的统计期限", "本列数据的统计期限", "自然人", "法人", "总计");
    assertThat(table.gridRow(3)).containsExactly("三、本年度办理结果", "（二）部分公开", "4", "0", "4");
    Cell merged = table.rows().get(2).cells().get(0);
    assertThat(merged).extracting(Cell::row, Cell::column, Cell::rowSpan, Cell::columnSpan).containsExactly(2, 0, 2, 1);
    Cell four = table.rows().get(3).cells().get(1);
    assertThat(four).extracting(Cell::text, Cell::column).containsExactly("4", 2);
  }

  @Test
  void eachRow_isOneLineOfItsOwnCellsPartedByTabs() throws Exception {
    Document document = Documents.read(page("").getBytes(StandardCharsets.UTF_8), "a.html");

    assertThat(document.text()).contains("三、本年度办理结果\t（一）予以公开\t20\t5\t25\n（二）部分公开\t4\t0\t4\n");
    Cell twenty = document.tables().get(0).rows().get(2).cells().get(2);
    assertThat(document.text(twenty.span())).isEqualTo("20");
  }

  @Test
  void aLayoutTable_isReadAsTheBlocksInside() throws Exception {
    String html = "<html><body><table><tr><td><p>一、总体情况</p><table><tr><td>项目</td><td>数量</td></tr>"
        + "<tr><td>主动公开</td><td>12</td></tr></table></td></tr></table></body></html>";

    Document document = Documents.read(html.getBytes(StandardCharsets.UTF_8), "a.html");

    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Paragraph", "Table");
    assertThat(document.tables().get(0).gridRow(1)).containsExactly("主动公开", "12");
  }

  @Test
  void hugeSpans_areCutToTheTable() throws Exception {
    String html = "<table><tr><td rowspan=\"99999999\" colspan=\"2\">甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>";

    Table table = Documents.read(html.getBytes(StandardCharsets.UTF_8), "a.html").tables().get(0);

    assertThat(table.rows().get(0).cells().get(0).rowSpan()).isEqualTo(2);
    assertThat(table.gridRow(1)).containsExactly("甲", "甲", "丙");
  }
}
