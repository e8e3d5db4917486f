package dev.hanji.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.sources.FrontMatter;
import dev.hanji.sources.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A one-shot build keeps parse trees only while they fit the heap; a session always keeps them. */
class BuildCacheTest {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(List.of());

  @Test
  void aOneShotBuildDropsTreesThatWouldNotFitTheHeap() {
    BuildCache cache = BuildCache.none();
    cache.sizeTrees(Runtime.getRuntime().maxMemory());
    assertFalse(cache.parsed(page(), source -> MARKDOWN.parse(source.body())).hasTree());
    cache.sizeTrees(1_000);
    assertTrue(cache.parsed(page(), source -> MARKDOWN.parse(source.body())).hasTree());
  }

  @Test
  void aSessionKeepsItsTreesWhateverTheSize() {
    BuildCache cache = BuildCache.reused();
    cache.sizeTrees(Runtime.getRuntime().maxMemory());
    assertTrue(cache.parsed(page(), source -> MARKDOWN.parse(source.body())).hasTree());
  }

  private static SourceFile page() {
    return new SourceFile("ko", "raid.md", "content/ko/raid.md", FrontMatter.none(), "# RAID\n\n본문입니다.\n", 1,
        Map.of());
  }
}
