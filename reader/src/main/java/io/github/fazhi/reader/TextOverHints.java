package io.github.fazhi.reader;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rule every reading follows for the facts of a report's front matter: what the text states wins over a
 * hint, a disagreement between them is a conflict, and what neither gives is undetermined, never invented.
 * Conflicts and undetermined facts are added to the reading's own lists.
 */
final class TextOverHints {
  private final Hints hints;
  private final List<String> undetermined;
  private final List<String> conflicts;

  TextOverHints(Hints hints, List<String> undetermined, List<String> conflicts) {
    this.hints = hints;
    this.undetermined = undetermined;
    this.conflicts = conflicts;
  }

  /** The jurisdiction the title names (its last place, under the one before), else the hint's, else null. */
  @Nullable Jurisdiction jurisdiction(@Nullable String title) {
    List<String> places = title == null ? List.of() : FrontMatter.placesOf(title);
    Optional<Jurisdiction> hint = hints.jurisdiction();
    if (places.isEmpty()) {
      if (hint.isEmpty()) {
        undetermined.add("jurisdiction: the title names no place");
      }
      return hint.orElse(null);
    }
    String name = places.get(places.size() - 1);
    String parent = places.size() > 1 ? places.get(places.size() - 2) : null;
    if (hint.isPresent()) {
      if (hint.get().name().equals(name)) {
        return hint.get();
      }
      conflicts.add("jurisdiction: the text says " + name + ", the hint says " + hint.get().name());
    }
    try {
      Jurisdiction.Builder builder = Jurisdiction.builder().name(name).level(FrontMatter.levelOf(name, parent));
      Optional.ofNullable(parent).ifPresent(builder::parent);
      return builder.build();
    } catch (ValidationException e) {
      undetermined.add("jurisdiction: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return null;
    }
  }

  /** The text's value if it states one (a differing hint is a conflict), else the hint's, else null. */
  <T> @Nullable T choose(String field, Optional<T> fromText, Optional<T> fromHint, String missing) {
    if (fromText.isPresent()) {
      if (fromHint.isPresent() && !fromHint.get().equals(fromText.get())) {
        conflicts.add(field + ": the text says " + shown(fromText.get()) + ", the hint says " + shown(fromHint.get()));
      }
      return fromText.get();
    }
    if (fromHint.isEmpty()) {
      undetermined.add(field + ": " + missing);
    }
    return fromHint.orElse(null);
  }

  private static String shown(Object value) {
    return value instanceof ReportKind ? ((ReportKind) value).name().toLowerCase(Locale.ROOT) : value.toString();
  }
}
