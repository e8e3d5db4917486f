package dev.hanji.markdown;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs Markdown work on a thread with a large stack. Flexmark's block and inline parsers and its HTML
 * renderer recurse once per nesting level, and Java's regex engine once per character of some inline
 * constructs (an unclosed {@code <!--} before a long line), so a hostile page overflows a pool thread's
 * default stack. The stack is reserved, not committed: memory is used only as deep as a page really goes.
 */
final class DeepStack {
  private static final long STACK_BYTES = 256L * 1024 * 1024;

  private DeepStack() {
  }

  /** The work's result, or empty when even the large stack overflowed. Other failures are rethrown. */
  static <T> Optional<T> call(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) { // handed to the caller's thread below
        failure.set(e);
      }
    }, "hanji-markdown", STACK_BYTES);
    thread.start();
    joinUninterruptibly(thread);
    Throwable thrown = failure.get();
    if (thrown instanceof StackOverflowError) {
      return Optional.empty();
    }
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    return Optional.of(result.get());
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
