package io.github.fazhi.benchmarks;

import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.Mention;
import io.github.fazhi.reader.NumberScanner;
import io.github.fazhi.reader.ReportReader;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading reports as published (issue 15): one report of about 20 KB read into a draft
 * ({@link #readReport}, goal under 20 ms on one core after warm-up); {@value #EXPRESSIONS} Chinese number
 * expressions found and normalised ({@link #normaliseNumbers}, goal at least 30,000 a second on one core;
 * the score is per expression); a corpus of {@value #CORPUS} reports read on one thread
 * ({@link #readCorpusOnOneThread}) and on two ({@link #readCorpusOnTwoThreads}), side by side in the same
 * run, each scored per report, so that one score over the other is how reading scales from one thread to
 * two (2.0 at best; less on a machine whose second core is busy).
 *
 * <p>The report is generated, in the style of the reports but in our own words, so that the benchmark
 * needs no file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReaderBenchmark {
  /** How many number expressions {@link #normaliseNumbers} reads per operation. */
  static final int EXPRESSIONS = 1_000;
  /** How many reports the corpus benchmarks read per operation. */
  static final int CORPUS = 8;

  private static final String[] FORMS = {
    "一百二十场", "9.5万余场", "11.34万件", "95亿元", "4.78万亿元", "5万4千6百件", "百分之九十五点五", "两个",
    "二十三家", "壹佰贰拾名", "三万万人", "70%以上", "约13亿元", "近5000户", "6个百分点", "三分之一", "3至5个工作日",
    "1,338宗", "９９．５％", "逾3000人次"};

  String report;
  String expressions;
  List<String> corpus;
  ForkJoinPool twoThreads;

  /** Builds the report, the corpus and the expressions, and starts the pool of two threads. */
  @Setup
  public void setUp() {
    report = report(20_000);
    // distinct texts, so that no reading can reuse another's strings
    corpus = IntStream.range(0, CORPUS).mapToObj(i -> report.replace("集体学法12次", "集体学法" + (12 + i) + "次"))
        .toList();
    twoThreads = new ForkJoinPool(2);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < EXPRESSIONS; i++) {
      text.append("，共").append(FORMS[i % FORMS.length]);
    }
    expressions = text.toString();
  }

  /**
   * A report of about {@code bytes} bytes of UTF-8 (a little under): work areas numbered （一）…（九十九） and
   * again, each with three measures, a review sentence with a 其中 breakdown, percentages, changes and a
   * title in 《》.
   */
  static String report(int bytes) {
    StringBuilder text = new StringBuilder("首页 > 政务公开\n\n青石市临江区2021年法治政府建设年度报告\n\n"
        + "　　2021年，临江区坚持依法行政，全年区政府常务会议集体学法12次。现将有关情况报告如下：\n\n"
        + "　　一、2021年推进法治政府建设的主要举措和成效\n\n");
    int area = 1;
    int written = utf8Length(text);
    while (written < bytes - 600) {
      int before = text.length();
      text.append("　　（").append(chinese(1 + (area - 1) % 99)).append("）加强第").append(area).append("项工作，提升服务水平。")
          .append("一是健全工作机制。召开专题会议").append(area + 2).append("次，研究重要事项").append(area * 3)
          .append("项，印发《关于做好2021年依法行政工作的通知》（临府办〔2021〕").append(area).append("号）。")
          .append("二是加强执法监督。抽查执法案卷约").append(300 + area).append("卷，合格率95.5%以上，")
          .append("办理网上事项11.34万件，网办率98.6％，比上年提高2.5个百分点。")
          .append("三是化解矛盾纠纷。全年共收到行政复议申请86件，依法受理79件，不予受理7件；审结72件，其中维持48件，")
          .append("撤销5件；各级调解组织调处矛盾纠纷9.5万余场，调解成功率99﹪，开展普法活动一百二十场。\n\n");
      written += utf8Length(text.subSequence(before, text.length()));
      area++;
    }
    text.append("　　二、存在的不足和原因\n\n　　一是学法用法的主动性不强。二是基层执法力量较为薄弱。\n\n"
        + "　　三、2022年工作安排\n\n　　（一）持续加强组织领导。全年开展集中学法不少于4次。\n\n"
        + "青石市临江区人民政府\n二〇二二年三月十五日\n");
    return text.toString();
  }

  private static int utf8Length(CharSequence text) {
    return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }

  /**
   * Reads the report into a draft.
   *
   * @return the draft
   */
  @Benchmark
  public Draft readReport() {
    return ReportReader.standard().read(report, Hints.none());
  }

  /**
   * Finds and reads {@value #EXPRESSIONS} number expressions; the score is per expression.
   *
   * @return the mentions
   */
  @Benchmark
  @OperationsPerInvocation(EXPRESSIONS)
  public List<Mention> normaliseNumbers() {
    return NumberScanner.scan(expressions);
  }

  /** Stops the pool of two threads. */
  @TearDown
  public void tearDown() {
    twoThreads.shutdownNow();
  }

  /**
   * Reads the corpus of {@value #CORPUS} reports on the calling thread; the score is per report.
   *
   * @return the drafts
   */
  @Benchmark
  @OperationsPerInvocation(CORPUS)
  public List<Draft> readCorpusOnOneThread() {
    return corpus.stream().map(text -> ReportReader.standard().read(text, Hints.none())).toList();
  }

  /**
   * Reads the same corpus as a parallel stream on a pool of two threads; the score is per report.
   *
   * @return the drafts, in the corpus's order
   */
  @Benchmark
  @OperationsPerInvocation(CORPUS)
  public List<Draft> readCorpusOnTwoThreads() {
    return twoThreads.submit(() -> corpus.parallelStream()
        .map(text -> ReportReader.standard().read(text, Hints.none())).toList()).join();
  }
}
