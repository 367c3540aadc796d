package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stream that drops a leading UTF-8 byte order mark, through each of its ways of reading. */
class ByteOrderMarkTest {
  private static final byte[] MARKED = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};

  private static InputStream skipping(byte[] bytes) {
    return ByteOrderMark.skip(new ByteArrayInputStream(bytes));
  }

  @Test
  void readOneByte_startsAfterTheMark() throws IOException {
    try (InputStream in = skipping(MARKED)) {
      assertThat(in.read()).isEqualTo('[');
      assertThat(in.read()).isEqualTo('1');
    }
  }

  @Test
  void available_countsTheBytesAfterTheMark() throws IOException {
    try (InputStream in = skipping(MARKED)) {
      assertThat(in.available()).isEqualTo(3); // [1]
    }
  }

  @Test
  void skip_skipsFromAfterTheMark() throws IOException {
    try (InputStream in = skipping(MARKED)) {
      assertThat(in.skip(1)).isEqualTo(1);
      assertThat(in.read()).isEqualTo('1');
    }
  }

  @Test
  void noMark_everyByteKept_throughEachWayOfReading() throws IOException {
    byte[] plain = "[2]".getBytes(StandardCharsets.UTF_8);
    try (InputStream in = skipping(plain)) {
      assertThat(in.available()).isEqualTo(3);
      assertThat(in.read()).isEqualTo('[');
      assertThat(in.skip(1)).isEqualTo(1);
      assertThat(in.readAllBytes()).containsExactly(']');
    }
  }

  @Test
  void aShortInput_thatStartsLikeAMark_isKeptWhole() throws IOException {
    byte[] shortInput = {(byte) 0xEF, (byte) 0xBB};
    try (InputStream in = skipping(shortInput)) {
      assertThat(in.readAllBytes()).containsExactly((byte) 0xEF, (byte) 0xBB);
    }
  }
}
