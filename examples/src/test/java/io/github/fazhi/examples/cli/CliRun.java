package io.github.fazhi.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** The command line run in-process with its output captured. */
record CliRun(int status, String out, String err) {
  static CliRun run(String... args) {
    return run(cli -> {}, args);
  }

  static CliRun run(Consumer<CommandLine> setUp, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FazhiCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    setUp.accept(cli);
    int status = cli.execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
