package dev.hanji.markdown;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs Markdown work on a thread with a large stack. Flexmark's block and inline parsers and its HTML
 * renderer recurse once per nesting level, and Java's regex engine once per character of some inline
 * constructs (an unclosed {@code <!--} before a long line), so a hostile page overflows a pool thread's
 * default stack. The stack is reserved, not committed: memory is used only as deep as a page really goes.
 */
final class DeepStack {
  private static final long STACK_BYTES = 256L * 1024 * 1024;
  private static final ThreadGroup GROUP = new ThreadGroup("hanji-markdown");
  /** One big-stack thread per core, reused: starting a thread per page cost more than parsing some pages. */
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(
      Math.max(2, Runtime.getRuntime().availableProcessors()), DeepStack::bigStackThread);

  private DeepStack() {
  }

  /** The work's result, or empty when even the large stack overflowed. Other failures are rethrown. */
  static <T> Optional<T> call(Supplier<T> work) {
    if (Thread.currentThread().getThreadGroup() == GROUP) { // already deep: waiting on the pool could deadlock
      try {
        return Optional.of(work.get());
      } catch (StackOverflowError e) {
        return Optional.empty();
      }
    }
    Future<T> result = THREADS.submit(work::get);
    try {
      return Optional.of(getUninterruptibly(result));
    } catch (ExecutionException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof StackOverflowError) {
        return Optional.empty();
      }
      if (thrown instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (thrown instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(thrown);
    }
  }

  private static Thread bigStackThread(Runnable task) {
    Thread thread = new Thread(GROUP, task, "hanji-markdown", STACK_BYTES);
    thread.setDaemon(true);
    return thread;
  }

  private static <T> T getUninterruptibly(Future<T> result) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
