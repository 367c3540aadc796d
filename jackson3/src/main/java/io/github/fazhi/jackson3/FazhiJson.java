package io.github.fazhi.jackson3;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A safe way to read and write reports with Jackson 3, with the settings of fazhi-json's
 * {@code FazhiJson}: a mapper with {@link FazhiModule} that refuses duplicate keys, trailing tokens,
 * numbers longer than {@value #MAX_NUMBER_LENGTH} digits, nesting deeper than {@value #MAX_NESTING_DEPTH}
 * levels and strings longer than {@value #MAX_STRING_LENGTH} characters; reads floating-point numbers as
 * {@code BigDecimal}; reads bytes as UTF-8 only; and has no default typing. Also the streaming reader for
 * many reports, the loading of every report of a file or folder, and the JSON Schema of the format.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FazhiJson {
  /** The longest number, in characters, a document may hold. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The deepest nesting of objects and arrays a document may have. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** The longest string, in characters, a document may hold. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final String SCHEMA = "report.schema.json";

  private static final JsonMapper MAPPER = mapper();

  private FazhiJson() {}

  /**
   * Returns a new JSON factory with the stream limits and strict duplicate detection, which reads bytes
   * as UTF-8 only. It interns property names, as Jackson 2 does by default and Jackson 3 does not, so that
   * the binding finds a field by reference when a document has its fields in the format's order.
   *
   * @return the factory, never null
   */
  public static JsonFactory factory() {
    return JsonFactory.builder()
        .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build())
        .build();
  }

  /**
   * Returns a new mapper with {@link FazhiModule} and the safe settings.
   *
   * @return the mapper, never null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder(factory())
        .addModule(new FazhiModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .deactivateDefaultTyping()
        .build();
  }

  /**
   * Returns a reader of one report per document, with the safe settings.
   *
   * @return the reader, never null
   */
  public static ObjectReader reader() {
    return MAPPER.readerFor(Report.class);
  }

  /**
   * Returns a writer of reports in the compact form: equal reports give the same bytes, the same as
   * fazhi-json's.
   *
   * @return the writer, never null
   */
  public static ObjectWriter writer() {
    return MAPPER.writerFor(Report.class);
  }

  /**
   * Opens a stream of reports: a JSON array of reports, or reports one after another (newline-delimited
   * JSON), read one at a time. A UTF-8 byte order mark at the start is skipped (RFC 8259 §8.1 lets a reader
   * ignore it); {@link #reader()} and {@link #mapper()} leave that to the caller. As fazhi-json's
   * {@code readReports}, except that nothing is thrown before the first read (Jackson 3 opens lazily and
   * throws unchecked exceptions).
   *
   * @param in  the input, UTF-8, with or without a byte order mark; closed when the reader is closed
   * @return the reader, never null
   */
  public static ReportStreamReader readReports(InputStream in) {
    return new ReportStreamReader(factory().createParser(ByteOrderMark.skip(requireNonNull(in, "in"))));
  }

  /**
   * Reads every report of a file, or of every {@code *.json} file in a folder and its sub-folders (in
   * path order): one result per file, with its reports or the error that stopped its reading (naming the
   * file, the report's number, the JSON location, and the line and column), word for word as fazhi-json's
   * {@code readAll}. A bad file does not stop the others; nothing is thrown for bad input.
   *
   * @param fileOrFolder  a file (one report, an array of reports, or one report per line) or a folder
   * @return one result per file, never null; one error result if the path does not exist or the folder
   *     cannot be listed
   */
  public static List<ReportFile> readAll(Path fileOrFolder) {
    return ReportFiles.readAll(requireNonNull(fileOrFolder, "fileOrFolder"));
  }

  /**
   * Reads every report of one input, as {@link #readAll(Path)} reads a file.
   *
   * @param source  how the result and its error name the input, such as {@code bundled:qujiang-2019}
   * @param in  the input, UTF-8; closed when read
   * @return the reports, or the error that stopped the reading; never null
   */
  public static ReportFile readAll(String source, InputStream in) {
    return ReportInputs.read(requireNonNull(source, "source"), requireNonNull(in, "in"));
  }

  /**
   * Returns where the JSON Schema (draft 2020-12) of the report format lies:
   * {@code io/github/fazhi/jackson3/report.schema.json} in this module, the same as fazhi-json's.
   *
   * @return the resource, never null
   */
  public static URL schemaUrl() {
    URL url = FazhiJson.class.getResource(SCHEMA);
    if (url == null) {
      throw new IllegalStateException("the resource " + SCHEMA + " is missing from fazhi-jackson3");
    }
    return url;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the report format.
   *
   * @return the schema's text, never null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String schema() {
    try (InputStream in = FazhiJson.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + SCHEMA + " is missing from fazhi-jackson3");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
