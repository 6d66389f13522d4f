package org.cungaiju.reform.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an NDJSON stream one line at a time, holding one line in memory and no more than
 * {@code maxLength} bytes of it: a longer line is skipped to its end and reported as too long.
 * Lines end with {@code \n}; a {@code \r} before it is dropped. Not thread-safe.
 */
final class NdjsonLines {

  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 12];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean ended;

  NdjsonLines(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the stream
   * @throws IOException if reading fails
   */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        position++;
        break;
      }
    }
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    number++;
    return true;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || n == 0) {
      return;
    }
    if (length + (long) n > maxLength) {
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8,
          Math.max(length + (long) n, 2L * line.length)));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  /** Whether the current line was longer than the limit; its bytes are then not kept. */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the current line holds nothing but spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return !tooLong;
  }

  /** The current line's bytes as a stream, without copying them. */
  InputStream stream() {
    return new ByteArrayInputStream(line, 0, length);
  }
}
