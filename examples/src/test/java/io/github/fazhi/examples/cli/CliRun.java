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
    setUp.accept(cli); // first, so that subcommands it adds write to the captured streams too
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = FazhiCommand.execute(cli, args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
