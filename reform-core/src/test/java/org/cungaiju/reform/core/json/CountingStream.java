package org.cungaiju.reform.core.json;

import java.io.InputStream;
import java.util.Arrays;

/** {@code length} copies of one byte, made up as they are read, counting what was read. */
final class CountingStream extends InputStream {
  private final byte fill;
  private final long length;
  long served;

  CountingStream(char fill, long length) {
    this.fill = (byte) fill;
    this.length = length;
  }

  @Override
  public int read() {
    if (served >= length) {
      return -1;
    }
    served++;
    return fill;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (served >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - served);
    Arrays.fill(b, off, off + n, fill);
    served += n;
    return n;
  }
}
