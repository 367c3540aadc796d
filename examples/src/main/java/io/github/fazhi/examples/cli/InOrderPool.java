package io.github.fazhi.examples.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on several files at once, results handed on in the files' order (按序并行): the commands that read a
 * folder read its documents on a bounded pool of threads, while what they print, write and count is done on
 * the calling thread, one file after the other in the order of the list, exactly as a run on one thread
 * does it. So a run's output does not depend on the number of threads.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>{@code then} is called on the calling thread, once per item, in the items' order, and never for an
 *       item before all the items ahead of it;
 *   <li>at most {@code 2 × threads} items are read ahead of the one handed on, so memory holds a bounded
 *       number of results whatever the number of files (the streaming of issue 24 is kept);
 *   <li>with one thread nothing is started: each item is worked on and handed on in turn on the calling
 *       thread, as before there was a pool;
 *   <li>what {@code work} throws (a bug, running out of memory) is thrown by {@link #run} on the calling
 *       thread when that item's turn comes, as it is on one thread; what {@code then} throws stops the run.
 *       Either way the work in flight is cancelled and the pool's threads are stopped;
 *   <li>the pool's threads are daemons, so they never hold up the JVM's exit (Ctrl-C, {@code kill}: the
 *       shutdown hook of {@link io.github.fazhi.examples.files.AtomicFiles} still runs as before).
 * </ul>
 */
final class InOrderPool {
  /** What is done with each result, on the calling thread, in order. */
  @FunctionalInterface
  interface Then<T, R> {
    /**
     * Takes one item's result.
     *
     * @param item  the item
     * @param result  what the work made of it
     * @throws IOException if an output cannot be written; the run stops
     */
    void accept(T item, R result) throws IOException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private InOrderPool() {}

  /**
   * Works on every item on up to {@code threads} threads and hands each result on in the items' order.
   *
   * @param items  the items, in the order their results are handed on
   * @param threads  how many items may be worked on at once, at least 1
   * @param work  makes an item's result; called on a pool thread (on the calling thread when
   *     {@code threads} is 1), so it must share no mutable state with {@code then}
   * @param then  takes each result, on the calling thread, in order
   * @throws IOException what {@code then} throws, or {@link InterruptedIOException} if the calling thread is
   *     interrupted while it waits
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  static <T, R> void run(List<T> items, int threads, Function<? super T, ? extends R> work,
      Then<? super T, ? super R> then) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (threads == 1 || items.size() < 2) {
      for (T item : items) {
        then.accept(item, work.apply(item));
      }
      return;
    }
    int window = 2 * threads;
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemons());
    Deque<Future<? extends R>> pending = new ArrayDeque<>();
    int submitted = 0;
    try {
      for (T item : items) {
        while (submitted < items.size() && pending.size() < window) {
          T next = items.get(submitted++);
          pending.add(pool.submit(() -> work.apply(next)));
        }
        then.accept(item, await(pending.remove()));
      }
    } finally {
      pending.forEach(future -> future.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) throws InterruptedIOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause); // work is a Function: it cannot throw a checked exception
    }
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "fazhi-reading-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
