package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text for a terminal: controls and bidirectional characters escaped; file names quoted as coreutils'
 * {@code ls --quoting-style=shell-escape} prints them (the expected forms below are what GNU ls 9 printed
 * for the same names on Debian).
 */
class TerminalTest {
  @Test
  void safe_escapesControlAndBidiCharacters_andKeepsEverythingElse() {
    assertThat(Terminal.safe("曲江区 2019 (a\\b)")).isEqualTo("曲江区 2019 (a\\b)");
    assertThat(Terminal.safe("\u001b[2J清屏")).isEqualTo("\\x1b[2J清屏");
    assertThat(Terminal.safe("a\nfazhi: error: forged")).isEqualTo("a\\nfazhi: error: forged");
    assertThat(Terminal.safe("\t\r\u007f\u0085")).isEqualTo("\\t\\r\\x7f\\x85");
    assertThat(Terminal.safe("abc\u202Efdp.exe")).isEqualTo("abc\\u202efdp.exe");
    assertThat(Terminal.safe("\u2066\u2069\u200e\u200f\u061c")).isEqualTo("\\u2066\\u2069\\u200e\\u200f\\u061c");
  }

  @Test
  void safeLines_keepsTheLineBreaksOnly() {
    assertThat(Terminal.safeLines("一\n\u001b[31m二\n")).isEqualTo("一\n\\x1b[31m二\n");
  }

  @Test
  void quote_followsLsShellEscape() {
    assertThat(Terminal.quote("plain.json")).isEqualTo("plain.json");
    assertThat(Terminal.quote("中文.txt")).isEqualTo("中文.txt");
    assertThat(Terminal.quote("a#b")).isEqualTo("a#b");
    assertThat(Terminal.quote("x~")).isEqualTo("x~");
    assertThat(Terminal.quote("a:b")).isEqualTo("a:b");
    assertThat(Terminal.quote("#a")).isEqualTo("'#a'");
    assertThat(Terminal.quote("~x")).isEqualTo("'~x'");
    assertThat(Terminal.quote("a b")).isEqualTo("'a b'");
    assertThat(Terminal.quote("a=b")).isEqualTo("'a=b'");
    assertThat(Terminal.quote("a!b")).isEqualTo("'a!b'");
    assertThat(Terminal.quote("a\nb")).isEqualTo("'a'$'\\n''b'");
    assertThat(Terminal.quote("t\tb")).isEqualTo("'t'$'\\t''b'");
    assertThat(Terminal.quote("e\u001b[2J")).isEqualTo("'e'$'\\033''[2J'");
    assertThat(Terminal.quote("a\u007f")).isEqualTo("'a'$'\\177'");
    assertThat(Terminal.quote("\u0085x")).isEqualTo("''$'\\302\\205''x'");
  }

  @Test
  void quote_goesFurtherThanLs_whereLsPrintsAsItIs() {
    // ls prints U+202E as it is (a printable character in a UTF-8 locale); here it is escaped too
    assertThat(Terminal.quote("bi\u202Edi")).isEqualTo("'bi'$'\\342\\200\\256''di'");
    // ls writes "it's"; a single-quoted form names the same file in a POSIX shell
    assertThat(Terminal.quote("it's")).isEqualTo("'it'\\''s'");
  }
}
