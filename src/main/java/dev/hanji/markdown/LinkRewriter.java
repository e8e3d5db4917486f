package dev.hanji.markdown;

import dev.hanji.files.SitePaths;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Turns a link as written in a page's source into the link the page's HTML needs: a {@code .md} file becomes
 * its page's URL, a file next to the note keeps pointing at it from the page's pretty URL, and a root-absolute
 * link ({@code /Network/tcp.md}, as GitBook writes them) starts at the language's content folder. Used for
 * Markdown links and for the {@code src}/{@code href} of raw HTML alike; problems are flagged on the
 * {@link RenderState} for the link checker.
 */
final class LinkRewriter {
  private LinkRewriter() {
  }

  /** The link to write into the page for {@code url}, written at {@code at}; {@code url} itself when kept. */
  static String rewrite(RenderState state, SourcePosition at, String url) {
    if (url.isEmpty() || SitePaths.isExternal(url)) {
      return url;
    }
    PageContext page = state.page();
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash + 1);
    if (path.isEmpty()) {
      state.addAnchor(new RenderedMarkdown.AnchorLink(at.line(), at.column(), page.url(), decode(fragment), url));
      return url;
    }
    boolean rootAbsolute = path.startsWith("/");
    if (rootAbsolute && !isMarkdown(path)) {
      return toOldUrl(state, at, path, fragment, hash >= 0, url)
          .orElseGet(() -> SitePaths.relative(page.url(), url.substring(1)));
    }
    String resolved = SitePaths.resolve(rootAbsolute ? "" : page.folder(), SitePaths.decode(path));
    if (resolved == null) {
      state.flagLink("link '" + url + "' leaves the content folder",
          "link to a page or file inside content/" + page.lang());
      return url;
    }
    if (!isMarkdown(resolved)) {
      return SitePaths.relative(page.url(), page.langPrefix() + resolved + (hash < 0 ? "" : "#" + fragment));
    }
    Optional<String> targetUrl = page.pages().urlOf(page.lang(), resolved);
    if (targetUrl.isEmpty()) {
      state.flagLink("link to missing page '" + url + "'", "create " + resolved + " in content/"
          + page.lang() + " or correct the link");
      return url;
    }
    if (!fragment.isEmpty()) {
      state.addAnchor(new RenderedMarkdown.AnchorLink(at.line(), at.column(), targetUrl.get(), decode(fragment),
          url));
    }
    return SitePaths.relative(page.url(), targetUrl.get() + (fragment.isEmpty() ? "" : "#" + fragment));
  }

  /**
   * A root-absolute link to a page's old URL (a Jekyll permalink, an alias) goes straight to the page, so that its
   * {@code #anchor} is checked against the page and no reader passes through a redirect.
   */
  private static Optional<String> toOldUrl(RenderState state, SourcePosition at, String path, String fragment,
                                           boolean hasFragment, String written) {
    String decoded = SitePaths.decode(path.substring(1));
    String folder = decoded.endsWith("/") || decoded.isEmpty() ? decoded : decoded + "/";
    PageContext page = state.page();
    return page.pages().pageAtOldUrl(folder).map(target -> {
      if (!fragment.isEmpty()) {
        state.addAnchor(new RenderedMarkdown.AnchorLink(at.line(), at.column(), target, decode(fragment), written));
      }
      return SitePaths.relative(page.url(), target + (hasFragment ? "#" + fragment : ""));
    });
  }

  private static boolean isMarkdown(String path) {
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)).endsWith(".md");
  }

  private static String decode(String fragment) {
    return Normalizer.normalize(SitePaths.decode(fragment), Normalizer.Form.NFC);
  }
}
