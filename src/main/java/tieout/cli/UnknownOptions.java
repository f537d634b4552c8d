package tieout.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import tieout.error.Suggestions;

/**
 * "Did you mean" for a mistyped flag ({@code --fromat}: {@code --format}), for every command:
 * picocli suggests only options that share a prefix with the typo.
 */
final class UnknownOptions {
  private UnknownOptions() {}

  /** One line per unknown option that is close to one of the command's, else nothing. */
  static List<String> didYouMean(CommandLine.ParameterException ex) {
    List<String> lines = new ArrayList<>();
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || ex.getCommandLine() == null) {
      return lines;
    }
    List<String> names = new ArrayList<>();
    for (OptionSpec option : ex.getCommandLine().getCommandSpec().options()) {
      names.addAll(List.of(option.names()));
    }
    for (String arg : unmatched.getUnmatched()) {
      // "--fromat=json" is the flag "--fromat".
      String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (flag.startsWith("-")) {
        Suggestions.closest(flag, names)
            .ifPresent(name -> lines.add("Did you mean '" + name + "' for '" + flag + "'?"));
      }
    }
    return lines;
  }
}
