package io.github.fazhi.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --threads N} option of the commands that read folders: how many documents (reports as
 * published: .txt, .pdf, .docx…) are read at once ({@link InOrderPool}). The output is the same whatever N.
 * By default, one per processor the JVM sees ({@link Runtime#availableProcessors()}).
 */
final class ReadingThreads {
  @SuppressWarnings("NullAway.Init") // injected by picocli before the option is set
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private int threads = Runtime.getRuntime().availableProcessors();

  /** Creates the option with its default; picocli sets it. */
  ReadingThreads() {}

  /**
   * Sets how many documents are read at once.
   *
   * @param threads  at least 1
   * @throws ParameterException if it is less than 1 (a usage error: exit status 2)
   */
  @Option(names = "--threads", paramLabel = "N",
      description = "Read up to N documents at once (default: one per processor). The output is the same "
          + "whatever N.")
  void setThreads(int threads) {
    if (threads < 1) {
      throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  /** How many documents are read at once: at least 1. */
  int threads() {
    return threads;
  }
}
