package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
/**
 * Builds one site again and again, as the preview server does after every change, redoing only the work
 * whose inputs changed: a page whose text changed is parsed and rendered again, and pages are printed
 * again only where what they show changed (a new title reprints every sidebar; a typo fix reprints one
 * page). A change to templates, message bundles, calculator specs, {@code site.yaml} or the glossary
 * rebuilds everything. The output is always byte-identical to a fresh build of the same sources.
 */
public final class BuildSession {
  private final BuildOptions options;
  private final BuildCache cache = BuildCache.reused();

  /** A session for the site these options describe; nothing is built until {@link #build()}. */
  public BuildSession(BuildOptions options) {
    this.options = options;
  }

  /**
   * Builds the site in memory, reusing what the previous build of this session did where its inputs are
   * unchanged. Calls are serialised.
   *
   * @throws BuildFailedException listing every error
   */
  public synchronized BuildResult build() throws BuildFailedException {
    return SiteGenerator.build(options, cache, Progress.NONE, false);
  }

  /**
   * Like {@link #build()}, but the search indexes are left to be made when first asked for
   * ({@link BuildResult#deferredFiles()}): the preview server sends an edited page to the browser at once, and
   * makes an index only when a search asks for it; an index whose pages did not change is not made again.
   *
   * @throws BuildFailedException listing every error
   */
  public synchronized BuildResult buildForPreview() throws BuildFailedException {
    return SiteGenerator.build(options, cache, Progress.NONE, true);
  }
}
