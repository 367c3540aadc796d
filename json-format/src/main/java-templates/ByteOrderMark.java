package ${fazhi.format.package};

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Skips a UTF-8 byte order mark (EF BB BF) at the start of an input. RFC 8259 §8.1 forbids writing one but
 * lets a reader ignore it, and editors on Windows (Notepad, Excel's "CSV UTF-8") still write it. The mapper
 * itself reads bytes as UTF-8 only ({@link FazhiJson#factory()}), where a mark is an unexpected character.
 */
final class ByteOrderMark {
  private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ByteOrderMark() {}

  /**
   * Returns the input without its leading byte order mark, if it has one; its other bytes are unchanged.
   * Nothing is read until the first read, so a failing input fails where the parser reads it.
   *
   * @param in  the input
   * @return an input that starts after the mark
   */
  static InputStream skip(InputStream in) {
    return new Skipping(in);
  }

  /** Looks at the first three bytes on the first read, and pushes them back unless they are the mark. */
  private static final class Skipping extends PushbackInputStream {
    private boolean checked;

    Skipping(InputStream in) {
      super(in, MARK.length);
    }

    private void check() throws IOException {
      if (checked) {
        return;
      }
      checked = true;
      byte[] first = new byte[MARK.length];
      int read = 0;
      while (read < MARK.length) {
        int n = super.read(first, read, MARK.length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      boolean marked = read == MARK.length && first[0] == MARK[0] && first[1] == MARK[1] && first[2] == MARK[2];
      if (!marked && read > 0) {
        unread(first, 0, read);
      }
    }

    @Override
    public int read() throws IOException {
      check();
      return super.read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      check();
      return super.read(bytes, offset, length);
    }

    @Override
    public long skip(long n) throws IOException {
      check();
      return super.skip(n);
    }

    @Override
    public int available() throws IOException {
      check();
      return super.available();
    }
  }
}
