package dev.hanji.render;

import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.model.TranslationStatus;
import java.util.List;

/**
 * What every page's {@link PageView} takes from the rest of the site: each page's place, title and
 * description and tags (the sidebar, breadcrumbs, section and tag lists, reading order and language switchers
 * are made of them) and the state of each translation. Two pages' views are equal when these are equal and the pages
 * and their bodies are, which lets a preview rebuild skip making the views of pages nothing changed for.
 * Settings and message bundles are not here: a change to them starts a build afresh.
 *
 * @param pages        every page's shape, in site order
 * @param translations every translation's state, in site order
 */
public record SharedViewInputs(List<PageShape> pages, List<TranslationShape> translations) {

  /** What a view shows of one page. */
  record PageShape(Page.Kind kind, String lang, String url, String key, String title, String description,
                   Integer weight, String sortName, String section, List<String> aliases, String sourceFile,
                   List<String> tags) {
  }

  /** What a view shows of one translation. */
  record TranslationShape(String key, String sourceUrl, String translatedUrl, TranslationStatus.State state) {
  }

  /** The shared inputs of {@code site}'s views. */
  public static SharedViewInputs of(Site site) {
    return new SharedViewInputs(site.pages().stream().map(SharedViewInputs::shapeOf).toList(),
        site.translations().stream().map(status -> new TranslationShape(status.key(), status.source().url(),
            status.translated() == null ? null : status.translated().url(), status.state())).toList());
  }

  private static PageShape shapeOf(Page page) {
    return new PageShape(page.kind(), page.lang(), page.url(), page.key(), page.title(), page.description(),
        page.weight(), page.sortName(), page.section(), page.aliases(),
        page.source() == null ? null : page.source().displayPath(), page.tags());
  }
}
