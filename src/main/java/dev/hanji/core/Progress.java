package dev.hanji.core;

/**
 * Where a build reports how far it has got, so a front end can show it: the CLI draws a live line on a
 * terminal, the Maven goal logs the stages of a slow build. Called from several threads at once;
 * implementations must be cheap and thread-safe.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing (tests, the preview server's rebuilds). */
  Progress NONE = (stage, done, total) -> { };

  /**
   * A stage is running.
   *
   * @param stage what is being done ({@code "rendering pages"})
   * @param done  items finished so far in this stage
   * @param total items in this stage, 0 when the stage is not counted in items
   */
  void report(String stage, int done, int total);
}
