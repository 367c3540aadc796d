package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.ReportKind;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about a report before it is read (提示): its jurisdiction, year, kind and issuer.
 * A hint fills only what the text does not state; where the text states something else, the text wins and
 * the draft reports the conflict.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Hints {
  private static final Hints NONE = new Hints(null, null, null, null);

  private final @Nullable Jurisdiction jurisdiction;
  private final @Nullable Year year;
  private final @Nullable ReportKind kind;
  private final @Nullable String issuer;

  private Hints(@Nullable Jurisdiction jurisdiction, @Nullable Year year, @Nullable ReportKind kind,
      @Nullable String issuer) {
    this.jurisdiction = jurisdiction;
    this.year = year;
    this.kind = kind;
    this.issuer = issuer;
  }

  /**
   * Returns no hints.
   *
   * @return hints that fill nothing, never null
   */
  public static Hints none() {
    return NONE;
  }

  /**
   * Returns these hints with a jurisdiction.
   *
   * @param jurisdiction  the jurisdiction, not null
   * @return new hints, never null
   */
  public Hints withJurisdiction(Jurisdiction jurisdiction) {
    return new Hints(requireNonNull(jurisdiction, "jurisdiction"), year, kind, issuer);
  }

  /**
   * Returns these hints with a jurisdiction known only by its name ({@code 曲江区}); its level is read from
   * the name's ending (省 a province, 市 a prefecture, 区/县/旗 a county, 镇/乡 a township).
   *
   * @param name  the jurisdiction's name, not blank
   * @return new hints, never null
   * @throws io.github.fazhi.ValidationException if the name is blank
   */
  public Hints withJurisdictionName(String name) {
    requireNonNull(name, "name");
    String stripped = name.strip();
    return withJurisdiction(Jurisdiction.builder().name(stripped).level(FrontMatter.levelOf(stripped, null)).build());
  }

  /**
   * Returns these hints with a year.
   *
   * @param year  the year the report covers, not null
   * @return new hints, never null
   */
  public Hints withYear(Year year) {
    return new Hints(jurisdiction, requireNonNull(year, "year"), kind, issuer);
  }

  /**
   * Returns these hints with a kind of report.
   *
   * @param kind  the kind, not null
   * @return new hints, never null
   */
  public Hints withKind(ReportKind kind) {
    return new Hints(jurisdiction, year, requireNonNull(kind, "kind"), issuer);
  }

  /**
   * Returns these hints with an issuer.
   *
   * @param issuer  the organ that signs the report, not blank
   * @return new hints, never null
   * @throws IllegalArgumentException if the issuer is blank
   */
  public Hints withIssuer(String issuer) {
    requireNonNull(issuer, "issuer");
    if (issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    return new Hints(jurisdiction, year, kind, issuer.strip());
  }

  /**
   * Returns the jurisdiction hint.
   *
   * @return the jurisdiction, or empty
   */
  public Optional<Jurisdiction> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  /**
   * Returns the year hint.
   *
   * @return the year, or empty
   */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /**
   * Returns the kind hint.
   *
   * @return the kind, or empty
   */
  public Optional<ReportKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * Returns the issuer hint.
   *
   * @return the issuer, or empty
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  @Override
  public String toString() {
    return "Hints{jurisdiction=" + jurisdiction + ", year=" + year + ", kind=" + kind + ", issuer=" + issuer + "}";
  }
}
