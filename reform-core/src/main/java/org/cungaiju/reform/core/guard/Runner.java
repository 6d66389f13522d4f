package org.cungaiju.reform.core.guard;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one call into a plugin: on the caller's thread ({@link #INLINE}) or on a worker thread
 * within a time budget ({@link Workers}). What the plugin throws comes out unchanged; the
 * runner's own conditions are checked exceptions, so they are never taken for the plugin's.
 */
interface Runner {

  /** Runs every call on the caller's thread, without a limit. */
  Runner INLINE = new Runner() {
    @Override
    public <T> T run(Supplier<T> call, GuardedQuery callbacks) {
      return call.get();
    }

    @Override
    public void close() {}
  };

  /**
   * The call's answer.
   *
   * @param callbacks the query the call may call back into, told when the call is abandoned;
   *     {@code null} for facets without callbacks
   * @throws TimeoutException if the call overran the budget; it was abandoned
   * @throws InterruptedException if the caller was interrupted while waiting; the call was
   *     abandoned
   * @throws Closed if the runner was closed
   */
  <T> T run(Supplier<T> call, GuardedQuery callbacks)
      throws TimeoutException, InterruptedException, Closed;

  /** Releases the runner's threads; calls after this throw {@link Closed}. */
  void close();

  /** The runner was closed with its registry. */
  final class Closed extends Exception {
    private static final long serialVersionUID = 1L;

    Closed(Throwable cause) {
      super("closed", cause);
    }
  }
}
