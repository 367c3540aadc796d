package io.github.fazhi.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text (文本解码), in this order: a byte order mark; the charset the file
 * declares (a web page's {@code <meta>}), when its bytes decode under it; UTF-16 without a mark, told by
 * its zero bytes (text in UTF-8, GB18030 or Big5 has none); UTF-8, when the bytes decode as UTF-8 (other
 * encodings of Chinese text almost never do); then juniversalchardet, Mozilla's detector, for GB18030/GBK/
 * GB2312 and Big5. GB2312 and GBK are decoded as GB18030, their superset, since pages that declare
 * {@code gb2312} often hold GBK characters; Big5 as Big5-HKSCS, likewise. Every decoding is strict: bytes
 * that do not decode are never replaced.
 */
final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5-HKSCS");

  /** Text and the charset it was decoded with. */
  record Decoded(String text, Charset charset, int bomLength) {}

  private TextDecoder() {}

  /**
   * Decodes bytes.
   *
   * @param bytes  the file's bytes
   * @param declared  the charset the file declares, or null
   * @param fileName  for the exception's message
   * @throws DocumentException if no supported charset decodes the bytes
   */
  static Decoded decode(byte[] bytes, @Nullable String declared, String fileName) throws DocumentException {
    Optional<Decoded> bom = byBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (declared != null) {
      Optional<Charset> charset = charset(declared);
      if (charset.isPresent()) {
        Optional<String> text = strict(bytes, 0, charset.get());
        if (text.isPresent()) {
          return new Decoded(text.get(), charset.get(), 0);
        }
      }
    }
    Optional<Charset> utf16 = utf16ByZeroBytes(bytes);
    if (utf16.isPresent()) {
      Optional<String> text = strict(bytes, 0, utf16.get());
      if (text.isPresent()) {
        return new Decoded(text.get(), utf16.get(), 0);
      }
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, 0);
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String detected = detector.getDetectedCharset();
    if (detected != null) {
      Optional<Charset> charset = charset(detected).filter(TextDecoder::chinese);
      if (charset.isPresent()) {
        Optional<String> text = strict(bytes, 0, charset.get());
        if (text.isPresent()) {
          return new Decoded(text.get(), charset.get(), 0);
        }
      }
    }
    // Too short for the detector: Chinese government files are GB18030/GBK far more often than Big5.
    for (Charset fallback : new Charset[] {GB18030, BIG5}) {
      Optional<String> text = strict(bytes, 0, fallback);
      if (text.isPresent()) {
        return new Decoded(text.get(), fallback, 0);
      }
    }
    throw new DocumentException(fileName,
        "the text's character set could not be told: it is not UTF-8, UTF-16, GB18030/GBK or Big5 text");
  }

  /**
   * Returns the charset a name stands for, GB2312/GBK widened to GB18030 and Big5 to Big5-HKSCS.
   *
   * @param name  a charset name as a file or detector gives it
   * @return the charset, or empty when Java has none by that name
   */
  static Optional<Charset> charset(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (key) {
      case "gb2312", "gbk", "x-gbk", "gb18030", "gb-2312", "gb2312-80", "cp936", "euc-cn", "x-euc-cn" -> {
        return Optional.of(GB18030);
      }
      case "big5", "big-5", "x-x-big5", "cn-big5", "big5-hkscs", "cp950", "x-windows-950" -> {
        return Optional.of(BIG5);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }

  private static boolean chinese(Charset charset) {
    return charset.equals(GB18030) || charset.equals(BIG5) || charset.name().startsWith("UTF-")
        || charset.name().equals("x-EUC-TW");
  }

  private static Optional<Decoded> byBom(byte[] bytes) throws DocumentException {
    Charset charset = null;
    int length = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      length = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      length = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      length = 2;
    } else if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
      charset = GB18030;
      length = 4;
    }
    if (charset == null) {
      return Optional.empty();
    }
    Optional<String> text = strict(bytes, length, charset);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Decoded(text.get(), charset, length));
  }

  /**
   * UTF-16 without a byte order mark: ASCII characters (digits, line breaks) have a zero byte, on the even
   * offsets in big-endian and the odd ones in little-endian text. UTF-8, GB18030 and Big5 text has none.
   */
  private static Optional<Charset> utf16ByZeroBytes(byte[] bytes) {
    if (bytes.length < 2 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    // A Chinese character can have a zero byte too (一 is U+4E00): the ASCII side must clearly outnumber it.
    if (even > 3 * odd && even >= 2) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (odd > 3 * even && odd >= 2) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
