package io.github.fazhi.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.benchmarks.Raw.RawReport;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained sizes, measured with JOL: the seed report and a generated corpus as fazhi values and as
 * records. Run it with {@code java -cp benchmarks/target/benchmarks.jar io.github.fazhi.benchmarks.Footprint
 * [corpus size]}.
 *
 * <p>The retained size of a value is the size of every object reachable from it, less the objects every
 * value shares with all others: enum constants and classes (and what they hold) and the empty-collection
 * singletons.
 * The text columns count {@code String}s and their arrays apart, since both forms hold the same text.
 *
 * <p>Goal (issue 6): fazhi at most 1.2× the records.
 */
public final class Footprint {
  /** The default corpus size. */
  static final int CORPUS = 10_000;

  static {
    // Records' fields have no Unsafe offset on Java 17; JOL finds them its own way when told to.
    System.setProperty("jol.magicFieldOffset", "true");
  }

  private Footprint() {}

  /** What a graph of values costs. */
  record Size(long bytes, long objects, long textBytes) {
    long structureBytes() {
      return bytes - textBytes;
    }
  }

  /** One comparison: the same content as fazhi values and as records. */
  record Row(String what, Size fazhi, Size records) {
    double ratio() {
      return (double) fazhi.bytes() / records.bytes();
    }

    double structureRatio() {
      return (double) fazhi.structureBytes() / records.structureBytes();
    }
  }

  /** The objects every value shares: constants and singletons, not retained by any one value. */
  private static Object[] shared() {
    return new Object[] {
      ReportKind.values(), JurisdictionLevel.values(), TaskArea.values(), IndicatorKind.values(),
      Qualifier.values(), Procedure.values(), LitigationRoute.values(), Decision.values(), OutcomeGroup.values(),
      ContentPart.values(), Unit.PERCENT, Unit.PERCENTAGE_POINTS, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN,
      ImmutableList.of(), ImmutableSet.of(), ImmutableSortedMap.of(), List.of(), Set.of(), Map.of(),
      Optional.empty(), OptionalLong.empty(),
      // An EnumSet holds its enum's Class, and through it every constant: shared, not retained.
      ReportKind.class, JurisdictionLevel.class, TaskArea.class, IndicatorKind.class, Qualifier.class,
      Procedure.class, LitigationRoute.class, Decision.class, OutcomeGroup.class, ContentPart.class
    };
  }

  /**
   * Measures what a value retains.
   *
   * @param root  the value
   * @return its size, without the shared constants
   */
  static Size measure(Object root) {
    Object[] shared = shared();
    GraphLayout base = GraphLayout.parseInstance(shared);
    Object[] roots = new Object[shared.length + 1];
    System.arraycopy(shared, 0, roots, 0, shared.length);
    roots[shared.length] = root;
    GraphLayout all = GraphLayout.parseInstance(roots);
    long text = textBytes(all) - textBytes(base);
    return new Size(all.totalSize() - base.totalSize(), all.totalCount() - base.totalCount(), text);
  }

  private static long textBytes(GraphLayout layout) {
    return layout.getClassSizes().count(String.class) + layout.getClassSizes().count(byte[].class);
  }

  /**
   * Measures the seed report and a corpus.
   *
   * @param corpusSize  the corpus size, from 1 to {@link CorpusGenerator#MAX_REPORTS}
   * @return the rows: seed, one generated report, the corpus
   */
  static List<Row> rows(int corpusSize) {
    List<Row> rows = new ArrayList<>();
    Report seed = SeedReport.report();
    // JOL caches what it learns of each class on the class itself; a first walk settles those caches, so
    // that they do not count against the first value measured.
    measure(seed);
    measure(Records.of(seed));
    rows.add(new Row("seed report (曲江区 2019)", measure(seed), measure(Records.of(seed))));
    List<RawReport> raws = new CorpusGenerator(2019).reports(corpusSize);
    rows.add(new Row("one generated report", measure(FazhiValues.report(raws.get(0))),
        measure(Records.report(raws.get(0)))));
    Size fazhi = measure(new ArrayList<>(raws.stream().map(FazhiValues::report).toList()));
    Size records = measure(new ArrayList<>(raws.stream().map(Records::report).toList()));
    rows.add(new Row("corpus of " + corpusSize + " reports", fazhi, records));
    return rows;
  }

  /**
   * Prints the table.
   *
   * @param args  optionally the corpus size
   */
  public static void main(String[] args) {
    int corpus = args.length > 0 ? Integer.parseInt(args[0]) : CORPUS;
    System.out.println("| what | fazhi bytes (objects) | records bytes (objects) | fazhi / records "
        + "| fazhi without text | records without text | fazhi / records without text |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Row row : rows(corpus)) {
      System.out.printf(Locale.ROOT, "| %s | %,d (%,d) | %,d (%,d) | %.2f | %,d | %,d | %.2f |%n",
          row.what(), row.fazhi().bytes(), row.fazhi().objects(), row.records().bytes(), row.records().objects(),
          row.ratio(), row.fazhi().structureBytes(), row.records().structureBytes(), row.structureRatio());
    }
  }
}
