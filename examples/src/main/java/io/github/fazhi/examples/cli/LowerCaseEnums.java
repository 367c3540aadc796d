package io.github.fazhi.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Makes every enum-valued option of a command line, subcommands included, read and show its values in lower
 * case, as the README writes them: {@code --format json}, {@code --by year}, {@code --kind
 * open_gov_info_annual}. Values are accepted in any case (and with {@code -} for {@code _}); {@code --help}
 * lists them in lower case ({@code ${COMPLETION-CANDIDATES}}), and so does the message for a wrong one.
 * Commands added later need nothing of their own: this runs over whatever options the tree has.
 */
final class LowerCaseEnums {
  private LowerCaseEnums() {}

  /**
   * Rewrites the enum options of a command line and all its subcommands.
   *
   * @param root  the command line, not null
   */
  static void apply(CommandLine root) {
    CommandSpec spec = root.getCommandSpec();
    for (OptionSpec option : List.copyOf(spec.options())) {
      Class<?> type = option.type();
      if (type.isEnum() && option.converters().length == 0) {
        spec.remove(option);
        spec.addOption(OptionSpec.builder(option)
            .converters(converter(type))
            .completionCandidates(names(type))
            .build());
      }
    }
    root.getSubcommands().values().forEach(LowerCaseEnums::apply);
  }

  /**
   * Returns the lower-case names of an enum's constants.
   *
   * @param type  an enum type, not null
   * @return the names in declaration order, never null
   */
  static List<String> names(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static CommandLine.ITypeConverter<Object> converter(Class<?> type) {
    return value -> {
      String wanted = value.strip().replace('-', '_');
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
          return constant;
        }
      }
      throw new TypeConversionException(
          "expected one of " + String.join(", ", names(type)) + " but was '" + value + "'");
    };
  }
}
