package dev.hanji.output;

import dev.hanji.files.SitePaths;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The files a published site needs beside its pages: {@code sitemap.xml} with hreflang alternates,
 * {@code robots.txt}, {@code .nojekyll}, {@code CNAME} and redirect pages for aliases.
 */
public final class SiteFiles {
  private SiteFiles() {
  }

  /**
   * {@code sitemap.xml}: every content page with its last change ({@code <lastmod>}, a day, when known) and its
   * language versions as {@code xhtml:link} alternates.
   */
  public static String sitemap(Site site) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
        .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Page page : site.pages()) {
      if (!isListed(page)) {
        continue;
      }
      xml.append("  <url>\n    <loc>").append(escape(absolute(site, page.url()))).append("</loc>\n");
      site.modified(page).ifPresent(date -> xml.append("    <lastmod>").append(date.day()).append("</lastmod>\n"));
      for (String lang : site.settings().languages()) {
        site.counterpart(page, lang).ifPresent(version -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
            .append(lang).append("\" href=\"").append(escape(absolute(site, version.url()))).append("\"/>\n"));
      }
      xml.append("  </url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  /** {@code robots.txt}: everything may be crawled; points to the sitemap when the base URL is known. */
  public static String robots(Site site) {
    String sitemap = site.settings().baseUrl().isEmpty() ? ""
        : "Sitemap: " + site.settings().baseUrl() + "sitemap.xml\n";
    return "User-agent: *\nAllow: /\n" + sitemap;
  }

  /** A page that sends readers from an old URL (an alias) to the page's current one. */
  public static String redirect(String fromUrl, Page page, Site site) {
    String target = SitePaths.relative(fromUrl, page.url());
    String canonical = site.settings().baseUrl().isEmpty() ? target : absolute(site, page.url());
    return "<!DOCTYPE html>\n<html lang=\"" + page.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + Entities.escape(page.title()) + "</title>\n"
        + "<link rel=\"canonical\" href=\"" + Entities.escape(canonical) + "\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + Entities.escape(target) + "\">\n</head>\n"
        + "<body>\n<p><a href=\"" + Entities.escape(target) + "\">" + Entities.escape(page.title())
        + "</a></p>\n</body>\n</html>\n";
  }

  private static boolean isListed(Page page) {
    return List.of(Page.Kind.PAGE, Page.Kind.SECTION, Page.Kind.GENERATED_SECTION, Page.Kind.TAGS, Page.Kind.TAG)
        .contains(page.kind());
  }

  private static String absolute(Site site, String url) {
    String base = site.settings().baseUrl().isEmpty() ? "/" : site.settings().baseUrl();
    return URI.create(base).resolve(SitePaths.encode(url)).toString();
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }
}
