package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link InOrderPool}: items worked on at once, results handed on in the items' order on the calling
 * thread, never more than {@code 2 × threads} read ahead, failures thrown at their item's turn.
 */
class InOrderPoolTest {
  @Test
  void twoItemsAreWorkedOnAtOnce_withTwoThreads() throws Exception {
    // Each of the first two items waits for the other: on one thread this would time out.
    CyclicBarrier both = new CyclicBarrier(2);
    List<String> handed = new ArrayList<>();

    InOrderPool.run(List.of("a", "b"), 2, item -> {
      try {
        both.await(20, TimeUnit.SECONDS);
        return item.toUpperCase(java.util.Locale.ROOT);
      } catch (Exception e) {
        throw new IllegalStateException("not worked on at once", e);
      }
    }, (item, result) -> handed.add(item + result));

    assertThat(handed).containsExactly("aA", "bB");
  }

  @Test
  void resultsAreHandedOnInOrder_whenLaterItemsFinishFirst() throws Exception {
    List<Integer> items = IntStream.range(0, 12).boxed().toList();
    List<Integer> handed = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Thread> handedOn = Collections.synchronizedList(new ArrayList<>());

    InOrderPool.run(items, 4, item -> {
      sleep(12 - item); // item 0 takes longest
      return item * 10;
    }, (item, result) -> {
      handedOn.add(Thread.currentThread());
      handed.add(result);
    });

    assertThat(handed).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110);
    assertThat(handedOn).hasSize(12).allMatch(thread -> thread == caller);
  }

  @Test
  void inOrder_andNeverMoreThanTwiceTheThreadsAhead_forAnyItemsAndDelays() {
    qt().withExamples(40).forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 25), integers().between(1, 4))
        .checkAssert((delays, threads) -> {
          AtomicInteger started = new AtomicInteger();
          int[] mostAhead = {0};
          List<Integer> handed = new ArrayList<>();
          List<Integer> indexes = IntStream.range(0, delays.size()).boxed().toList();
          try {
            InOrderPool.run(indexes, threads, index -> {
              started.incrementAndGet();
              sleep(delays.get(index));
              return index;
            }, (index, result) -> {
              // started counts this item and those read ahead of it, not yet handed on
              mostAhead[0] = Math.max(mostAhead[0], started.get() - handed.size());
              handed.add(result);
            });
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertThat(handed).isEqualTo(indexes);
          assertThat(mostAhead[0]).isLessThanOrEqualTo(threads == 1 ? 1 : 2 * threads);
        });
  }

  @Test
  void whatTheWorkThrows_isThrownAtItsItemsTurn_afterTheItemsBeforeIt() {
    IllegalStateException bug = new IllegalStateException("a bug in reading item 3");
    List<Integer> handed = new ArrayList<>();

    assertThatThrownBy(() -> InOrderPool.run(List.of(0, 1, 2, 3, 4, 5), 3, item -> {
      if (item == 3) {
        throw bug;
      }
      sleep(item == 0 ? 20 : 0);
      return item;
    }, (item, result) -> handed.add(result))).isSameAs(bug);
    assertThat(handed).containsExactly(0, 1, 2);
  }

  @Test
  void anErrorOfTheWork_isThrownAsItself() {
    OutOfMemoryError out = new OutOfMemoryError("Java heap space");

    assertThatThrownBy(() -> InOrderPool.run(List.of(0, 1), 2, item -> {
      if (item == 1) {
        throw out;
      }
      return item;
    }, (item, result) -> {})).isSameAs(out);
  }

  @Test
  void whatThenThrows_stopsTheRun_andNoFurtherItemIsHandedOn() {
    List<Integer> handed = new ArrayList<>();

    assertThatThrownBy(() -> InOrderPool.run(List.of(0, 1, 2, 3, 4, 5, 6, 7), 2, item -> item, (item, result) -> {
      if (item == 2) {
        throw new IOException("disk full");
      }
      handed.add(result);
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(handed).containsExactly(0, 1);
  }

  @Test
  void lessThanOneThread_isRefused() {
    assertThatThrownBy(() -> InOrderPool.run(List.of(1), 0, item -> item, (item, result) -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1, not 0");
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
