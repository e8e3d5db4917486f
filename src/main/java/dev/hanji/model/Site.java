package dev.hanji.model;

import dev.hanji.sources.Glossary;
import dev.hanji.sources.PageDate;
import dev.hanji.sources.SiteSettings;
import dev.hanji.sources.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site model: every page of every language, how they nest into sections, how they pair across
 * languages, and where each translation stands. Built by {@link SiteModelBuilder}; read-only after.
 */
public final class Site {
  private final SiteSettings settings;
  private final Glossary glossary;
  private final Map<String, Page> byUrl;
  private final Map<String, List<Page>> childrenBySection;
  private final Map<String, Map<String, Page>> byKeyAndLang;
  private final List<TranslationStatus> translations;
  private final Map<String, TranslationStatus> translationByUrl = new java.util.HashMap<>();
  private final Map<String, List<Page>> readingOrders = new java.util.HashMap<>();
  private final Map<String, Integer> readingPositionByUrl = new java.util.HashMap<>();
  private final Set<String> languagesWithPages = new HashSet<>();
  private final Map<String, PageDate> commitDates;

  Site(SiteSettings settings, Glossary glossary, Map<String, Page> byUrl, Map<String, List<Page>> childrenBySection,
       Map<String, Map<String, Page>> byKeyAndLang, List<TranslationStatus> translations,
       Map<String, PageDate> commitDates) {
    this.settings = settings;
    this.commitDates = Map.copyOf(commitDates);
    this.glossary = glossary;
    this.byUrl = byUrl;
    this.childrenBySection = childrenBySection;
    this.byKeyAndLang = byKeyAndLang;
    this.translations = List.copyOf(translations);
    byUrl.values().stream().filter(page -> page.source() != null).forEach(page -> languagesWithPages.add(page.lang()));
    this.translations.stream().filter(status -> status.translated() != null)
        .forEach(status -> translationByUrl.put(status.translated().url(), status));
    for (String lang : settings.languages()) {
      Page home = home(lang);
      if (home != null) {
        List<Page> order = new ArrayList<>();
        collect(home, order);
        readingOrders.put(lang, List.copyOf(order));
        for (int i = 0; i < order.size(); i++) {
          readingPositionByUrl.put(order.get(i).url(), i);
        }
      }
    }
  }

  /**
   * When a page last changed: its front matter's {@code lastmod}, else the date of the last commit that touched its
   * file, else its front matter's {@code date}; empty for generated pages and files git does not know.
   */
  public Optional<PageDate> modified(Page page) {
    if (page.source() == null) {
      return Optional.empty();
    }
    SourceFile source = page.source();
    return source.frontMatter().modified()
        .or(() -> Optional.ofNullable(commitDates.get(source.lang() + "/" + source.path())))
        .or(() -> source.frontMatter().published());
  }

  /** When a page was published: its front matter's {@code date}, if it has one. */
  public Optional<PageDate> published(Page page) {
    return page.sourceFile().flatMap(source -> source.frontMatter().published());
  }

  public SiteSettings settings() {
    return settings;
  }

  public Glossary glossary() {
    return glossary;
  }

  /** Every page, sorted by URL. */
  public List<Page> pages() {
    return List.copyOf(byUrl.values());
  }

  /** The page at a site-relative URL. */
  public Optional<Page> page(String url) {
    return Optional.ofNullable(byUrl.get(url));
  }

  /** The home page of a language. */
  public Page home(String lang) {
    return byUrl.get(langPrefix(lang));
  }

  /** Whether a language has any page written for it (a language without one has only generated pages). */
  public boolean hasPages(String lang) {
    return languagesWithPages.contains(lang);
  }

  /** Where a language's pages live: {@code ""} for the default language, {@code en/} for others. */
  public String langPrefix(String lang) {
    return lang.equals(settings.defaultLanguage()) ? "" : lang + "/";
  }

  /** A section's pages and subsections in navigation order. */
  public List<Page> children(Page section) {
    return childrenBySection.getOrDefault(section.url(), List.of());
  }

  /** The same page in another language. */
  public Optional<Page> counterpart(Page page, String lang) {
    return Optional.ofNullable(byKeyAndLang.getOrDefault(page.key(), Map.of()).get(lang));
  }

  /** The sections above a page, from the home page down (the page itself not included). */
  public List<Page> ancestors(Page page) {
    List<Page> chain = new ArrayList<>();
    Page current = page;
    while (current.section() != null) {
      current = byUrl.get(current.section());
      chain.add(0, current);
    }
    return chain;
  }

  /** A language's pages in reading order: depth-first through the navigation tree, home first. */
  public List<Page> readingOrder(String lang) {
    return readingOrders.getOrDefault(lang, List.of());
  }

  /** The page {@code offset} steps away from {@code page} in its language's reading order, if there is one. */
  public Optional<Page> inReadingOrder(Page page, int offset) {
    Integer position = readingPositionByUrl.get(page.url());
    List<Page> order = readingOrder(page.lang());
    if (position == null || order.get(position) != page) {
      return Optional.empty();
    }
    int target = position + offset;
    return target >= 0 && target < order.size() ? Optional.of(order.get(target)) : Optional.empty();
  }

  private void collect(Page page, List<Page> order) {
    order.add(page);
    children(page).forEach(child -> collect(child, order));
  }

  /** Where each translation stands, by key and language. */
  public List<TranslationStatus> translations() {
    return translations;
  }

  /** The translation status of a translated page, if it is one. */
  public Optional<TranslationStatus> translationOf(Page page) {
    TranslationStatus status = translationByUrl.get(page.url());
    return status != null && status.translated() == page ? Optional.of(status) : Optional.empty();
  }
}
