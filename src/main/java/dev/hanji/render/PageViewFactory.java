package dev.hanji.render;

import dev.hanji.files.SitePaths;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.model.TranslationStatus;
import dev.hanji.sources.Messages;
import dev.hanji.sources.PageDate;
import dev.hanji.sources.SiteSettings;
import dev.hanji.sources.TagNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Computes the {@link PageView} of a page: links relative to it, labels in its language. */
final class PageViewFactory {
  private final Site site;
  private final Messages messages;
  private final SiteSettings settings;

  PageViewFactory(Site site, Messages messages) {
    this.site = site;
    this.messages = messages;
    this.settings = site.settings();
  }

  PageView viewOf(Page page, RenderedMarkdown body, List<String> scripts) {
    String lang = page.lang();
    String root = rootOf(page);
    String title = page.title();
    String siteTitle = settings.titleIn(lang);
    boolean isHome = page.url().equals(site.langPrefix(lang));
    return new PageView(lang, page.kind().name().toLowerCase(Locale.ROOT), title,
        isHome ? siteTitle : title + " · " + siteTitle,
        description(page, title), siteTitle, root,
        link(root, site.langPrefix(lang)), absolute(page.url()), ogLocale(lang), ogAlternates(page),
        alternates(page, root), switchers(page, root), navigation(page, root, site.home(lang)),
        settings.links().stream().map(l -> new PageView.Link(l.label().getOrDefault(lang, l.url()), l.url())).toList(),
        site.ancestors(page).stream().map(p -> new PageView.Link(p.title(), link(root, p.url()))).toList(),
        site.inReadingOrder(page, -1).map(previous -> linkTo(previous, root)).orElse(null),
        site.inReadingOrder(page, 1).map(next -> linkTo(next, root)).orElse(null),
        showsToc(page) ? toc(body) : List.of(), body == null ? "" : body.html(), children(page, root),
        editUrl(page), staleNotice(page, root), link(root, site.langPrefix(lang) + "search/"),
        translationsHref(lang, root), scripts.stream().map(s -> link(root, s)).toList(),
        page.kind() == Page.Kind.TRANSLATIONS ? translationRows(lang, root) : List.of(), titleId(page, body),
        isHome && !site.hasPages(lang) ? elsewhere(lang, root) : List.of(), dated(site.modified(page), lang),
        dated(site.published(page), lang), tags(page, root));
  }

  private static PageView.Dated dated(Optional<PageDate> date, String lang) {
    return date.map(d -> new PageView.Dated(d.iso(), d.display(lang))).orElse(null);
  }

  /** The link to the translation status page; empty on a site in one language, which has none. */
  private String translationsHref(String lang, String root) {
    return settings.languages().size() > 1 ? link(root, site.langPrefix(lang) + "translations/") : "";
  }

  /** Links to the pages of a page's tags. */
  private List<PageView.Link> tags(Page page, String root) {
    return page.tags().stream().map(tag -> new PageView.Link("#" + tag,
        link(root, site.langPrefix(page.lang()) + TagNames.pageUrl(tag)))).toList();
  }

  /**
   * The meta description: the page's, else the site's, else the title (an empty one makes the {@code content}
   * attribute disappear, which is invalid HTML).
   */
  private String description(Page page, String title) {
    String description = page.description().isEmpty() ? settings.descriptionIn(page.lang()) : page.description();
    return description.isEmpty() ? title : description;
  }

  /** A page shows its table of contents unless its front matter says {@code toc: false}. */
  private static boolean showsToc(Page page) {
    return page.source() == null || page.source().frontMatter().toc();
  }

  /** The id of the heading the title was lifted from, unless a heading of the body already has it. */
  private static String titleId(Page page, RenderedMarkdown body) {
    String id = page.parsed() == null ? "" : page.parsed().firstTitleId();
    boolean taken = body != null && body.headings().stream().anyMatch(heading -> heading.id().equals(id));
    return id.isEmpty() || taken ? null : id;
  }

  /** The homes of the languages that have pages, for the home page of one that has none yet. */
  private List<PageView.Link> elsewhere(String lang, String root) {
    return settings.languages().stream().filter(other -> !other.equals(lang) && site.hasPages(other))
        .map(other -> new PageView.Link(messages.get(lang, "language." + other), link(root, site.langPrefix(other))))
        .toList();
  }

  /** Relative path to the site root; the 404 page is served at any depth, so it uses the absolute base path. */
  private String rootOf(Page page) {
    if (page.kind() == Page.Kind.NOT_FOUND) {
      return settings.basePath();
    }
    String root = SitePaths.relative(page.url(), "");
    return root.equals("./") ? "" : root;
  }

  private static String link(String root, String target) {
    String joined = root + SitePaths.encode(target);
    return joined.isEmpty() ? "./" : joined;
  }

  private PageView.Link linkTo(Page page, String root) {
    return new PageView.Link(page.title(), link(root, page.url()));
  }

  private String absolute(String url) {
    return settings.baseUrl().isEmpty() ? "" : settings.baseUrl() + SitePaths.encode(url);
  }

  private String ogLocale(String lang) {
    return messages.get(lang, "og.locale");
  }

  private List<String> ogAlternates(Page page) {
    return settings.languages().stream().filter(other -> !other.equals(page.lang()))
        .filter(other -> version(page, other).isPresent()).map(this::ogLocale).toList();
  }

  /**
   * The page in a language, itself included; a language with no pages yet has only a generated home, which
   * counts as no version, as for a missing translation.
   */
  private Optional<Page> version(Page page, String lang) {
    return site.counterpart(page, lang).filter(version -> lang.equals(page.lang()) || site.hasPages(lang));
  }

  private List<PageView.Alternate> alternates(Page page, String root) {
    List<PageView.Alternate> alternates = new ArrayList<>();
    for (String lang : settings.languages()) {
      version(page, lang).ifPresent(version ->
          alternates.add(new PageView.Alternate(lang, alternateHref(version, root))));
    }
    version(page, settings.defaultLanguage()).ifPresent(original ->
        alternates.add(new PageView.Alternate("x-default", alternateHref(original, root))));
    return alternates;
  }

  private String alternateHref(Page version, String root) {
    String absolute = absolute(version.url());
    return absolute.isEmpty() ? link(root, version.url()) : absolute;
  }

  private List<PageView.Switcher> switchers(Page page, String root) {
    List<PageView.Switcher> switchers = new ArrayList<>();
    for (String other : settings.languages()) {
      if (other.equals(page.lang())) {
        continue;
      }
      Optional<Page> counterpart = version(page, other);
      String label = messages.get(page.lang(), "language." + other);
      switchers.add(counterpart
          .map(version -> new PageView.Switcher(other, link(root, version.url()), label, ""))
          .orElseGet(() -> new PageView.Switcher(other, link(root, site.langPrefix(other)), label,
              messages.get(page.lang(), "switcher.missing", label))));
    }
    return switchers;
  }

  private List<PageView.NavItem> navigation(Page current, String root, Page home) {
    List<PageView.NavItem> items = new ArrayList<>();
    items.add(new PageView.NavItem(home.title(), link(root, home.url()), home == current, true, List.of()));
    List<Page> ancestors = site.ancestors(current);
    site.children(home).forEach(child -> items.add(navItem(child, current, ancestors, root)));
    return items;
  }

  /**
   * One entry of the navigation tree. Only the sections on the way to the current page (and the current
   * page itself) list their children: a full tree on every page makes each page's HTML, and the whole build,
   * grow with the square of the page count (99 KB per page at 1,000 pages per language); closed sections
   * still link to their own page, which lists everything in them.
   */
  private PageView.NavItem navItem(Page page, Page current, List<Page> ancestors, String root) {
    boolean open = page == current || isAmong(page, ancestors);
    List<PageView.NavItem> children = !open ? List.of() : site.children(page).stream()
        .map(child -> navItem(child, current, ancestors, root)).toList();
    return new PageView.NavItem(page.title(), link(root, page.url()), page == current, open, children);
  }

  /** Whether {@code page} is one of {@code pages}: the same object, which is cheaper to ask than record equality. */
  private static boolean isAmong(Page page, List<Page> pages) {
    for (Page other : pages) {
      if (other == page) {
        return true;
      }
    }
    return false;
  }

  private static List<PageView.TocEntry> toc(RenderedMarkdown body) {
    if (body == null) {
      return List.of();
    }
    return body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3)
        .map(h -> new PageView.TocEntry(h.level(), h.id(), h.text())).toList();
  }

  private List<PageView.Child> children(Page page, String root) {
    boolean listing = page.isSection() && page.section() != null || page.kind() == Page.Kind.TAGS
        || page.kind() == Page.Kind.TAG;
    if (!listing) {
      return List.of();
    }
    return site.children(page).stream()
        .map(child -> new PageView.Child(child.title(), link(root, child.url()), child.description())).toList();
  }

  private String editUrl(Page page) {
    if (!settings.hasRepository() || page.source() == null) {
      return "";
    }
    return settings.repositoryUrl() + "/edit/" + SitePaths.encode(settings.editBranch() + "/"
        + page.source().displayPath());
  }

  private String staleNotice(Page page, String root) {
    return site.translationOf(page).filter(status -> status.state() == TranslationStatus.State.STALE)
        .map(status -> link(root, status.source().url())).orElse("");
  }

  private List<PageView.TranslationRow> translationRows(String lang, String root) {
    return site.translations().stream().map(status -> new PageView.TranslationRow(
        linkTo(status.source(), root),
        status.translated() == null ? null : linkTo(status.translated(), root),
        messages.get(lang, "translations.state." + status.state().name().toLowerCase(Locale.ROOT)),
        status.state().name().toLowerCase(Locale.ROOT))).toList();
  }
}
