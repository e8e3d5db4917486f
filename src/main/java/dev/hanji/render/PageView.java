package dev.hanji.render;

import java.util.List;

/**
 * Everything the page template prints, computed beforehand so the template stays free of logic:
 * every link is already relative to the page, every label already in the page's language.
 *
 * @param lang            the page's language
 * @param kind            the page kind's name in lower case ({@code page}, {@code section}, {@code search} ...)
 * @param title           the page title
 * @param documentTitle   the {@code <title>}: page title and site title
 * @param description     meta description
 * @param siteTitle       the site title in the page's language
 * @param root            relative path from the page to the site root ({@code ../../}, or an absolute base
 *                        path for the 404 page)
 * @param home            link to the home page of the page's language
 * @param canonical       absolute URL of the page; empty without a base URL
 * @param ogLocale        Open Graph locale ({@code ko_KR})
 * @param ogAlternates    Open Graph locales of the other versions
 * @param alternates      hreflang alternates, the page's own included, and x-default
 * @param switchers       one language switcher link per other language
 * @param navigation      the sidebar tree of the page's language
 * @param extraLinks      the site's extra navigation links
 * @param breadcrumbs     the sections above the page
 * @param previous        the previous page in reading order, or null
 * @param next            the next page in reading order, or null
 * @param toc             the page's table of contents (level-2 and level-3 headings)
 * @param body            the page body HTML (already sanitised)
 * @param children        for sections: the pages listed
 * @param editUrl         "edit this page" link; empty without a repository
 * @param staleNotice     for a stale translation: the link to the original; empty otherwise
 * @param searchAction    link to the search page of the page's language
 * @param translationsHref link to the translation status page of the page's language; empty on a site in one
 *                        language
 * @param scripts         module scripts the page loads
 * @param translations    for the translation status page: its rows
 * @param titleId         the {@code id} of the page's {@code <h1>}: what its leading heading had in the source,
 *                        so links to it still work; null for none (the template then writes no id)
 * @param elsewhere       on the home page of a language with no pages yet: the homes of the languages that
 *                        have some; empty otherwise
 * @param modified        when the page last changed ({@code lastmod}, else its last commit, else {@code date}), or
 *                        null
 * @param published       when the page was published (its front matter's {@code date}), or null
 * @param tags            links to the pages of the page's tags
 */
public record PageView(String lang, String kind, String title, String documentTitle, String description,
                       String siteTitle, String root, String home, String canonical, String ogLocale,
                       List<String> ogAlternates, List<Alternate> alternates, List<Switcher> switchers,
                       List<NavItem> navigation, List<Link> extraLinks, List<Link> breadcrumbs, Link previous,
                       Link next, List<TocEntry> toc, String body, List<Child> children, String editUrl,
                       String staleNotice, String searchAction, String translationsHref, List<String> scripts,
                       List<TranslationRow> translations, String titleId, List<Link> elsewhere, Dated modified,
                       Dated published, List<Link> tags) {

  /** This view with another sidebar tree. */
  PageView withNavigation(List<NavItem> otherNavigation) {
    return new PageView(lang, kind, title, documentTitle, description, siteTitle, root, home, canonical, ogLocale,
        ogAlternates, alternates, switchers, otherNavigation, extraLinks, breadcrumbs, previous, next, toc, body,
        children, editUrl, staleNotice, searchAction, translationsHref, scripts, translations, titleId, elsewhere,
        modified, published, tags);
  }

  /** A {@code <link rel="alternate" hreflang>} entry. */
  public record Alternate(String hreflang, String href) {
  }

  /**
   * A language switcher link.
   *
   * @param hreflang    target language
   * @param href        link to the counterpart, or to that language's home
   * @param label       the language's name
   * @param missingNote shown when the page has no counterpart; empty otherwise
   */
  public record Switcher(String hreflang, String href, String label, String missingNote) {
  }

  /**
   * A date as the page prints it.
   *
   * @param iso  ISO 8601, for {@code datetime} and {@code article:modified_time}
   * @param text the day in the page's language ({@code 2024년 3월 5일}, {@code March 5, 2024})
   */
  public record Dated(String iso, String text) {
  }

  /** A link with its text. */
  public record Link(String title, String href) {
  }

  /**
   * An entry of the sidebar tree.
   *
   * @param title    page title
   * @param href     relative link
   * @param current  whether it is the page shown
   * @param open     whether its children are shown expanded (it contains the current page)
   * @param children nested entries
   */
  public record NavItem(String title, String href, boolean current, boolean open, List<NavItem> children) {
  }

  /** A table-of-contents entry. */
  public record TocEntry(int level, String id, String text) {
  }

  /** A page listed on a section page. */
  public record Child(String title, String href, String description) {
  }

  /**
   * A row of the translation status page.
   *
   * @param source     link to the original
   * @param translated link to the translation, or null when missing
   * @param state      the state's label
   * @param stateCode  the state's code ({@code current}, {@code stale}, {@code unmarked}, {@code missing})
   */
  public record TranslationRow(Link source, Link translated, String state, String stateCode) {
  }
}
