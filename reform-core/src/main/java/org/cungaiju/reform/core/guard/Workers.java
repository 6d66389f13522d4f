package org.cungaiju.reform.core.guard;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One plugin's worker threads: each call runs on one of them while the caller waits up to the
 * budget.
 *
 * <h2>What happens to an overrunning call</h2>
 *
 * <p>Java cannot stop a thread. When the budget runs out the caller stops waiting, the worker
 * is interrupted (a plugin that checks for interruption, or blocks interruptibly, stops early)
 * and the call's query refuses further callbacks; the call itself runs on until it returns,
 * and whatever it returns or throws is discarded. Its thread is not reused until then. There
 * are at most {@code threads} workers, so a plugin stuck for ever holds at most that many
 * threads; its county is marked failed at the first overrun, so no new call reaches it.
 *
 * <p>A call made from inside another call of any plugin (a child's decision asking for a
 * parent's status) runs on the same worker, within the outer call's budget: waiting for a
 * second worker could exhaust the pool and deadlock.
 *
 * <p>Workers are daemon threads named {@code reform-plugin-<id>-<n>}; idle ones end after 30
 * seconds. Thread-safe.
 */
final class Workers implements Runner {
  private final ThreadPoolExecutor pool;
  private final long budgetNanos;

  Workers(String pluginId, Duration budget, int threads) {
    this.budgetNanos = budget.toNanos();
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(),
        task -> new Worker(task, "reform-plugin-" + pluginId + "-" + n.incrementAndGet()));
    pool.allowCoreThreadTimeOut(true);
  }

  @Override
  public <T> T run(Supplier<T> call, GuardedQuery callbacks)
      throws TimeoutException, InterruptedException, Closed {
    if (Thread.currentThread() instanceof Worker) {
      return call.get();
    }
    FutureTask<T> task = new FutureTask<>(call::get);
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      throw new Closed(e);
    }
    try {
      return task.get(budgetNanos, TimeUnit.NANOSECONDS);
    } catch (CancellationException e) {
      throw new Closed(e); // close() cancelled it before it started
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      if (callbacks != null) {
        callbacks.abandon();
      }
      task.cancel(true);
      throw e;
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new UndeclaredThrowableException(t);
  }

  @Override
  public void close() {
    for (Runnable waiting : pool.shutdownNow()) {
      ((Future<?>) waiting).cancel(false);
    }
  }

  /** A worker thread: daemon, so a stuck plugin never keeps the JVM from exiting. */
  static final class Worker extends Thread {
    Worker(Runnable task, String name) {
      super(task, name);
      setDaemon(true);
    }
  }
}
