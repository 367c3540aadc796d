package io.github.fazhi.examples.review;

import io.github.fazhi.check.Severity;

/** A severity in the pages' words: the Chinese term, then the English one the CLI shows. */
final class SeverityWords {
  private SeverityWords() {}

  static String of(Severity severity) {
    return switch (severity) {
      case ERROR -> "错误 ERROR";
      case WARNING -> "警告 WARNING";
      case INFO -> "提示 INFO";
    };
  }
}
