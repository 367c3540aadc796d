package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextAdapterTest {
  /** A lookalike of a crawled report's text: header lines, a title over two lines, prose with numbers. */
  static final String REPORT = "标题: 洪泽区2023年政府信息公开工作年度报告\n"
      + "发布时间: 2024-03-08 09:30\n"
      + "淮安市洪泽区人民政府\n"
      + "2023 年政府信息公开工作年度报告\n"
      + "一、总体情况\n"
      + "本年度我区主动公开政府信息1268条，收到政府信息公开申请125件，办结125件。\n";

  @Test
  void gbkText_readsRight() throws Exception {
    Document document = Documents.read(REPORT.getBytes(Charset.forName("GBK")), "report.txt");

    assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(document.text()).isEqualTo(REPORT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "Big5", "UTF-8"})
  void detectedCharsets_readRight(String charset) throws Exception {
    String text = "台北市政府資訊公開年度報告\n本年度共受理申請一百二十五件，均依法辦結。\n";

    assertThat(Documents.read(text.getBytes(Charset.forName(charset)), "a.txt").text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithoutAByteOrderMark_isToldByItsZeroBytes(String charset) throws Exception {
    assertThat(Documents.read(REPORT.getBytes(Charset.forName(charset)), "a.txt").text()).isEqualTo(REPORT);
  }

  @Test
  void byteOrderMarks_decideAndAreDropped() throws Exception {
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "一、总体情况".getBytes(StandardCharsets.UTF_16LE));
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "一、总体情况".getBytes(StandardCharsets.UTF_8));

    assertThat(Documents.read(utf16, "a.txt").text()).isEqualTo("一、总体情况");
    assertThat(Documents.read(utf8, "a.txt").text()).isEqualTo("一、总体情况");
  }

  @Test
  void aGbkOnlyCharacter_readsRight() throws Exception {
    // 喆 and 镕 are in GBK but not in GB2312
    String text = "联系人：王喆、朱镕，电话0517-87654321。";

    assertThat(Documents.read(text.getBytes(Charset.forName("GBK")), "a.txt").text()).isEqualTo(text);
  }

  @Test
  void eachNonBlankLine_isAParagraphOverTheText() throws Exception {
    Document document = Documents.read("  一、总体情况 \r\n\r\n本年度收到申请125件。".getBytes(StandardCharsets.UTF_8),
        "a.txt");

    assertThat(document.text()).isEqualTo("  一、总体情况 \n\n本年度收到申请125件。");
    assertThat(document.blocks()).containsExactly(new Paragraph("一、总体情况", new TextSpan(2, 8)),
        new Paragraph("本年度收到申请125件。", new TextSpan(11, 23)));
  }

  @Test
  void bytesNoChineseCharsetDecodes_areReportedInWords() {
    byte[] bytes = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + i % 2); // lone continuation bytes: not UTF-8, GB18030 or Big5
    }

    assertThatThrownBy(() -> Documents.read(bytes, "a.txt"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("the text's character set could not be told");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
