package tieout.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tieout.error.UserException;

/**
 * The {@code tieout} command. {@link #run} does all the work and returns the exit code, so tests
 * drive it with their own streams; {@link #main} is the only place that exits the JVM.
 */
@Command(
    name = "tieout",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reconciles financial statements: loads spreadsheets into XBRL-style facts and checks their ties.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check ties",
      "1:a check failed at or above --fail-on",
      "2:bad input, rules or usage",
      "3:internal error",
      "4:nightly: the email could not be sent (saved as .eml)"
    })
public final class Main implements Runnable {
  /**
   * The subcommands, in the order usage lists them. Added by {@link #run} rather than named in the
   * annotation: picocli builds the model of every subcommand it is given at start, and a run needs
   * one ({@code docs/performance.md#speed-tricks-kept}, "Picocli builds only the command a run names").
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      CheckCommand.class,
      ExplainCommand.class,
      NarrativeCommand.class,
      NightlyCommand.class,
      HistoryCommand.class,
      GenerateCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs tieout with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // Only the subcommand named first, when it is one; all of them for help, usage and mistakes.
    String first = args.length > 0 ? args[0] : "";
    boolean one = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (!one || name(subcommand).equals(first)) {
        cli.addSubcommand(instantiate(subcommand));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine cmd = ex.getCommandLine();
          err.println("tieout: " + ex.getMessage());
          List<String> guesses = UnknownOptions.didYouMean(ex);
          if (guesses.isEmpty()) {
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          } else {
            guesses.forEach(err::println);
          }
          err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCodes.USER_ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof UserException user) {
            err.println(user.getMessage());
            return ExitCodes.USER_ERROR;
          }
          if (ex instanceof FileSystemException fs) {
            // A path the user gave that cannot be used (not a folder, no permission, gone): exit 2.
            err.println(UserException.at(String.valueOf(fs.getFile()), describe(fs)).getMessage());
            return ExitCodes.USER_ERROR;
          }
          err.println("tieout: internal error (a bug in tieout, please report it): " + ex);
          if (System.getenv("TIEOUT_DEBUG") != null) {
            ex.printStackTrace(err);
          } else {
            err.println("Set TIEOUT_DEBUG=1 to print the stack trace.");
          }
          return ExitCodes.INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String name(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
  }

  private static Object instantiate(Class<?> subcommand) {
    try {
      return subcommand.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make subcommand " + subcommand.getName(), e);
    }
  }

  private static String describe(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    String reason = e.getReason();
    return "cannot use this path" + (reason == null ? "" : ": " + reason);
  }

  @Override
  public void run() {
    // "tieout" alone: show what it can do rather than fail.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
