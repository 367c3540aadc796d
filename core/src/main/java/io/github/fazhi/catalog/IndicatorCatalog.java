package io.github.fazhi.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Enums;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of indicators (指标目录) by stable code. {@link #standard()} holds the well-known indicators
 * (see docs/domain.md, 'The indicator catalogue'); {@link #with(CatalogEntry)} and {@link #builder()} extend or replace it:
 *
 * <pre>{@code
 * IndicatorCatalog mine = IndicatorCatalog.builder()
 *     .addAll(IndicatorCatalog.standard())
 *     .add(CatalogEntry.builder().code("hotline.calls").labels("12345热线来电", "hotline calls")
 *         .kind(IndicatorKind.COUNT, "个").build())
 *     .build();
 * }</pre>
 *
 * <h2>Invariants</h2>
 * Codes are unique; the two codes of every RATIO aggregation are entries of the same catalogue and are
 * additive.
 *
 * <h2>Serialization</h2>
 * A catalogue is serialized as its entries and rebuilt through its builder; the standard catalogue
 * deserializes as {@link #standard()} itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class IndicatorCatalog implements Serializable {
  private static final long serialVersionUID = 1L;
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
   * Returns the standard catalogue: the well-known indicators (see docs/domain.md, 'The indicator catalogue'),
   * among them the codes of the seed report.
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
      // the aliases, then the Chinese label: of two equally long words, the first one found is kept
      List<String> aliases = entry.aliases();
      for (int i = 0; i < aliases.size(); i++) { // indexed: no iterator per entry and label
        String alias = aliases.get(i);
        if (alias.length() > bestLength && label.contains(alias)) {
          best = entry;
          bestLength = alias.length();
        }
      }
      String chinese = entry.chinese();
      if (chinese.length() > bestLength && label.contains(chinese)) {
        best = entry;
        bestLength = chinese.length();
      }
    }
    return Optional.ofNullable(best);
  }

  private Object writeReplace() {
    return new SerializedForm(ImmutableList.copyOf(entries.values()));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a catalogue is deserialized through its serialized form");
  }

  /** The serialized form of a catalogue: its entries, in order. */
  @SuppressWarnings("Immutable") // an immutable list of immutable entries
  private record SerializedForm(ImmutableList<CatalogEntry> entries) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      Builder builder = builder();
      entries.forEach(builder::add);
      IndicatorCatalog catalog = builder.build();
      return catalog.equals(STANDARD) ? STANDARD : catalog;
    }
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

  /** The file of the standard catalogue, next to this class. */
  static final String STANDARD_FILE = "standard-catalogue.tsv";
  private static final int COLUMNS = 8;

  private static IndicatorCatalog standardCatalog() {
    try (InputStream in = IndicatorCatalog.class.getResourceAsStream(STANDARD_FILE)) {
      if (in == null) {
        throw new IllegalStateException(STANDARD_FILE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STANDARD_FILE, e);
    }
  }

  /**
   * Reads a catalogue in the format of {@code standard-catalogue.tsv}: one entry per line, tab-separated
   * columns code, chinese, english, kind, unit, other units ({@code |}-separated), aggregation
   * ({@code sum}, {@code none} or {@code ratio A / B}) and aliases ({@code |}-separated); blank lines and
   * lines starting with {@code #} are skipped.
   *
   * @param tsv  the text, not null
   * @return the catalogue, never null
   * @throws ValidationException listing every problem of every line that does not parse, each with its
   *     line number at the start of its message ({@code line 3: …}; a line of the file is no {@link Path}
   *     in a value, so the violations' paths are the root)
   */
  static IndicatorCatalog parse(String tsv) {
    List<Violation> problems = new ArrayList<>();
    Builder builder = builder();
    String[] lines = tsv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String at = "line " + (i + 1) + ": ";
      String[] fields = lines[i].split("\t", -1);
      if (fields.length != COLUMNS) {
        problems.add(
            Violation.of(Path.root(), at + "has " + fields.length + " columns, not " + COLUMNS + ": " + line));
        continue;
      }
      try {
        builder.add(entry(fields));
      } catch (ValidationException e) {
        e.violations().forEach(violation -> problems.add(Violation.of(Path.root(), at + violation)));
      } catch (IllegalArgumentException e) {
        problems.add(Violation.of(Path.root(), at + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ValidationException(List.of(Violation.of(Path.root(), String.valueOf(e.getMessage()))));
    }
  }

  private static CatalogEntry entry(String[] fields) {
    IndicatorKind kind = Enums.getIfPresent(IndicatorKind.class, fields[3].strip().toUpperCase(Locale.ROOT))
        .toJavaUtil().orElseThrow(() -> new IllegalArgumentException("kind (\"" + fields[3] + "\") is not a kind"));
    return CatalogEntry.builder()
        .code(fields[0].strip())
        .labels(fields[1].strip(), fields[2].strip())
        .kind(kind, fields[4].strip(), split(fields[5]))
        .aggregation(aggregation(fields[6].strip()))
        .addAliases(split(fields[7]))
        .build();
  }

  private static Aggregation aggregation(String text) {
    if (text.equals("sum")) {
      return Aggregation.sum();
    }
    if (text.equals("none")) {
      return Aggregation.none();
    }
    List<String> parts = Splitter.on('/').trimResults().splitToList(text.startsWith("ratio ") ? text.substring(6) : "");
    if (parts.size() != 2) {
      throw new IllegalArgumentException(
          "aggregation (\"" + text + "\") must be sum, none or ratio NUMERATOR / DENOMINATOR");
    }
    return Aggregation.ratio(parts.get(0), parts.get(1));
  }

  private static String[] split(String list) {
    return Splitter.on('|').trimResults().omitEmptyStrings().splitToList(list).toArray(new String[0]);
  }
}
