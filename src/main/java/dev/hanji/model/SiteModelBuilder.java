package dev.hanji.model;

import dev.hanji.sources.Glossary;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.markdown.ParsedMarkdown;
import dev.hanji.sources.Messages;
import dev.hanji.sources.PageDate;
import dev.hanji.sources.SiteSettings;
import dev.hanji.sources.SourceFile;
import dev.hanji.sources.TagNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model stage: turns parsed sources into a {@link Site}. It decides each page's URL (file name or
 * {@code slug}, folders as sections, {@code index.md} or else {@code README.md} as a section's page),
 * generates the pages that have no source (empty sections, tags, search, translation status, 404), orders
 * navigation (weight, else the order of a folder's {@code SUMMARY.md}, then natural file-name order), pairs
 * languages and judges translations.
 */
public final class SiteModelBuilder {
  private static final Comparator<Page> NAVIGATION_ORDER = Comparator
      .comparing((Page page) -> page.weight() == null ? Integer.MAX_VALUE : page.weight())
      .thenComparing(Page::sortName, NaturalOrder.INSTANCE)
      .thenComparing(Page::url);

  /** The not-found page's file, which GitHub Pages serves for unknown paths. */
  public static final String NOT_FOUND_URL = "404.html";

  private final SiteSettings settings;
  private final Messages messages;
  private final Diagnostics diagnostics;
  private final Map<String, Page> byUrl = new TreeMap<>();
  private final Map<String, List<Page>> taggedPages = new TreeMap<>();

  /**
   * A parsed page source.
   *
   * @param source the file
   * @param parsed its parsed body
   */
  public record ParsedSource(SourceFile source, ParsedMarkdown parsed) {
  }

  private SiteModelBuilder(SiteSettings settings, Messages messages, Diagnostics diagnostics) {
    this.settings = settings;
    this.messages = messages;
    this.diagnostics = diagnostics;
  }

  /**
   * Builds the site model.
   *
   * @param settings    site settings
   * @param glossary    the glossary
   * @param sources     every parsed page source
   * @param drafts      whether draft pages are included
   * @param messages    UI text, for the titles of generated pages
   * @param diagnostics where URL collisions are reported
   * @param commitDates the date of the last commit of each file under the content folder, by its path there
   *                    ({@code ko/raid.md}); empty without git
   */
  public static Site build(SiteSettings settings, Glossary glossary, List<ParsedSource> sources, boolean drafts,
                           Messages messages, Diagnostics diagnostics, Map<String, PageDate> commitDates) {
    SiteModelBuilder builder = new SiteModelBuilder(settings, messages, diagnostics);
    for (String lang : settings.languages()) {
      List<ParsedSource> ofLanguage = sources.stream()
          .filter(source -> source.source().lang().equals(lang))
          .filter(source -> drafts || !source.source().frontMatter().draft())
          .toList();
      builder.addLanguage(lang, ofLanguage);
    }
    return builder.finish(glossary, commitDates);
  }

  private void addLanguage(String lang, List<ParsedSource> allSources) {
    String prefix = langPrefix(lang);
    List<SourceFile> files = allSources.stream().map(ParsedSource::source).toList();
    Map<String, BookSummary.Entry> summaries = new TreeMap<>();
    List<ParsedSource> sources = new ArrayList<>();
    for (ParsedSource source : allSources) {
      if (BookSummary.isSummary(source.source())) {
        BookSummary.entries(source.source()).forEach(summaries::putIfAbsent);
        if (!BookSummary.isLinked(source.source(), files)) {
          continue;
        }
      }
      sources.add(source);
    }
    Set<String> folders = new TreeSet<>(Set.of("")); // a language without pages still gets a home page
    Set<String> foldersWithIndex = new TreeSet<>();
    for (ParsedSource source : sources) {
      addFolderAndParents(source.source().folder(), folders);
      if (source.source().baseName().equals("index")) {
        foldersWithIndex.add(source.source().folder());
      }
    }
    List<Page> pages = new ArrayList<>();
    for (ParsedSource source : sources) {
      Page page = pageFor(source, prefix, foldersWithIndex, summaries.get(source.source().path()));
      add(page);
      pages.add(page);
    }
    addTagPages(lang, prefix, pages);
    for (String folder : folders) {
      String url = folderUrl(prefix, folder);
      if (!byUrl.containsKey(url)) {
        add(generatedSection(lang, prefix, folder));
      }
    }
    add(special(Page.Kind.SEARCH, lang, prefix + "search/", "search.title"));
    if (settings.languages().size() > 1) { // a site in one language has nothing to translate
      add(special(Page.Kind.TRANSLATIONS, lang, prefix + "translations/", "translations.title"));
    }
    if (prefix.isEmpty()) {
      add(special(Page.Kind.NOT_FOUND, lang, NOT_FOUND_URL, "notfound.title"));
    }
  }

  /**
   * A page per tag of the language's pages ({@code tags/카프카/}, listing them) and a page listing the tags
   * ({@code tags/}); none when no page has a tag.
   */
  private void addTagPages(String lang, String prefix, List<Page> pages) {
    Map<String, List<Page>> byTag = new TreeMap<>();
    pages.stream().sorted(Comparator.comparing(Page::url))
        .forEach(page -> page.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page)));
    if (byTag.isEmpty()) {
      return;
    }
    String index = prefix + TagNames.INDEX_URL;
    add(new Page(Page.Kind.TAGS, lang, index, "@tags", messages.get(lang, "tags.title"), "", null, "", null, null,
        null, List.of()));
    byTag.forEach((tag, tagged) -> {
      String url = prefix + TagNames.pageUrl(tag);
      add(new Page(Page.Kind.TAG, lang, url, "@tag:" + tag, "#" + tag, "", null, tag,
          index, null, null, List.of()));
      taggedPages.put(url, tagged);
    });
  }

  private static void addFolderAndParents(String folder, Set<String> folders) {
    String current = folder;
    while (!current.isEmpty()) {
      folders.add(current);
      int slash = current.lastIndexOf('/');
      current = slash < 0 ? "" : current.substring(0, slash);
    }
  }

  /**
   * The page of a source; {@code listed} is its entry in a book summary ({@code SUMMARY.md}), or null: it orders the
   * page when the front matter gives no weight, and titles it when neither the front matter nor a leading heading
   * does.
   */
  private Page pageFor(ParsedSource parsed, String prefix, Set<String> foldersWithIndex, BookSummary.Entry listed) {
    SourceFile source = parsed.source();
    String folder = source.folder();
    String name = source.baseName();
    boolean isIndex = name.equals("index")
        || (name.equalsIgnoreCase("readme") && !foldersWithIndex.contains(folder));
    String slug = Objects.requireNonNullElse(source.frontMatter().slug(), name);
    String url = isIndex ? folderUrl(prefix, folder) : folderUrl(prefix, folder) + slug + "/";
    String key = source.frontMatter().translationKey() != null ? source.frontMatter().translationKey()
        : (folder.isEmpty() ? "" : folder + "/") + (isIndex ? "index" : name);
    String title = source.frontMatter().title() != null ? source.frontMatter().title()
        : parsed.parsed().firstTitle().orElseGet(() -> listed != null && !listed.title().isEmpty() ? listed.title()
            : fallbackTitle(source.lang(), folder, isIndex, name));
    Integer weight = source.frontMatter().weight();
    if (weight == null && listed != null) {
      weight = listed.order();
    }
    String section = isIndex ? parentSection(prefix, folder) : folderUrl(prefix, folder);
    return new Page(isIndex ? Page.Kind.SECTION : Page.Kind.PAGE, source.lang(), url, key, title,
        source.frontMatter().description(), weight,
        isIndex ? lastSegment(folder) : name, section, source, parsed.parsed(),
        // a permalink that is the page's own URL (Jekyll writes them so) redirects nowhere
        source.frontMatter().aliases().stream().filter(alias -> !alias.equals(url)).toList());
  }

  private String fallbackTitle(String lang, String folder, boolean isIndex, String name) {
    if (isIndex) {
      return folder.isEmpty() ? settings.titleIn(lang) : lastSegment(folder);
    }
    return name;
  }

  private Page generatedSection(String lang, String prefix, String folder) {
    String title = folder.isEmpty() ? settings.titleIn(lang) : lastSegment(folder);
    return new Page(Page.Kind.GENERATED_SECTION, lang, folderUrl(prefix, folder),
        (folder.isEmpty() ? "" : folder + "/") + "index", title, "", null, lastSegment(folder),
        parentSection(prefix, folder), null, null, List.of());
  }

  private Page special(Page.Kind kind, String lang, String url, String titleKey) {
    return new Page(kind, lang, url, "@" + kind.name().toLowerCase(Locale.ROOT),
        messages.get(lang, titleKey), "", null, "", null, null, null, List.of());
  }

  private void add(Page page) {
    Page existing = byUrl.putIfAbsent(page.url(), page);
    if (existing == null) {
      return;
    }
    // Generated pages (sections, search, translations, 404) come after the sources: blame a source file.
    boolean blamePage = page.source() != null
        || (existing.source() == null && page.kind() == Page.Kind.GENERATED_SECTION);
    Page written = blamePage ? page : existing;
    Page other = written == page ? existing : page;
    String otherName = other.sourceFile().map(SourceFile::displayPath)
        .orElse("the generated " + other.kind().name().toLowerCase(Locale.ROOT) + " page");
    SourceFile blamed = written.source() != null ? written.source() : firstSourceUnder(written.url());
    int line = blamed != null && blamed.frontMatter().slug() != null ? blamed.lineOf("slug") : 1;
    diagnostics.error(blamed == null ? "content/" + page.lang() : blamed.displayPath(), line, 1,
        "URL /" + page.url() + " is already taken by " + otherName,
        "give one of the pages another file name or folder, or a different 'slug' in its front matter");
  }

  /** A source page inside the folder a generated section stands for (the folder's name is what collides). */
  private SourceFile firstSourceUnder(String url) {
    return byUrl.values().stream().filter(other -> other.source() != null && other.url().startsWith(url))
        .map(Page::source).findFirst().orElse(null);
  }

  /**
   * Every alias must name a URL of its own: a redirect written over a page, or two redirects on one URL,
   * would silently lose one of them.
   */
  private void checkAliases() {
    Map<String, Page> aliasOwners = new TreeMap<>();
    for (Page page : byUrl.values()) {
      for (String alias : page.aliases()) {
        Page taken = byUrl.get(alias);
        Page earlier = aliasOwners.putIfAbsent(alias, page);
        if (taken == null && earlier == null) {
          continue;
        }
        String other = taken != null
            ? "the page " + taken.sourceFile().map(SourceFile::displayPath).orElse("/" + alias)
            : "an alias of " + earlier.source().displayPath();
        diagnostics.error(page.source().displayPath(), page.source().lineOf("aliases"), 1,
            "alias /" + alias + " is already taken by " + other,
            "remove the alias, or move the page that owns that URL");
      }
    }
  }

  private Site finish(Glossary glossary, Map<String, PageDate> commitDates) {
    checkAliases();
    Map<String, List<Page>> children = new TreeMap<>();
    Map<String, Map<String, Page>> byKey = new TreeMap<>();
    for (Page page : byUrl.values()) {
      if (page.section() != null) {
        children.computeIfAbsent(page.section(), url -> new ArrayList<>()).add(page);
      }
      byKey.computeIfAbsent(page.key(), key -> new TreeMap<>()).putIfAbsent(page.lang(), page);
    }
    taggedPages.forEach((url, pages) -> children.put(url, new ArrayList<>(pages)));
    children.values().forEach(list -> list.sort(NAVIGATION_ORDER));
    return new Site(settings, glossary, byUrl, children, byKey, translations(byKey), commitDates);
  }

  private List<TranslationStatus> translations(Map<String, Map<String, Page>> byKey) {
    List<TranslationStatus> statuses = new ArrayList<>();
    String source = settings.defaultLanguage();
    for (Map.Entry<String, Map<String, Page>> pair : byKey.entrySet()) {
      Page original = pair.getValue().get(source);
      if (original == null || original.source() == null) {
        continue;
      }
      for (String lang : settings.languages().subList(1, settings.languages().size())) {
        statuses.add(judge(pair.getKey(), original, pair.getValue().get(lang)));
      }
    }
    return statuses;
  }

  private static TranslationStatus judge(String key, Page original, Page translated) {
    if (translated == null || translated.source() == null) {
      return new TranslationStatus(key, original, translated, TranslationStatus.State.MISSING);
    }
    String recorded = translated.source().frontMatter().sourceHash();
    TranslationStatus.State state = recorded == null ? TranslationStatus.State.UNMARKED
        : recorded.equals(original.source().bodyHash()) ? TranslationStatus.State.CURRENT
        : TranslationStatus.State.STALE;
    return new TranslationStatus(key, original, translated, state);
  }

  private String langPrefix(String lang) {
    return lang.equals(settings.defaultLanguage()) ? "" : lang + "/";
  }

  private static String folderUrl(String prefix, String folder) {
    return folder.isEmpty() ? prefix : prefix + folder + "/";
  }

  private static String parentSection(String prefix, String folder) {
    if (folder.isEmpty()) {
      return null;
    }
    int slash = folder.lastIndexOf('/');
    return folderUrl(prefix, slash < 0 ? "" : folder.substring(0, slash));
  }

  private static String lastSegment(String folder) {
    return folder.substring(folder.lastIndexOf('/') + 1);
  }
}
