package dev.hanji.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.hanji.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one page's rendering collects on its way: embedded HTML, anchor links, diagnostics. */
final class RenderState {
  static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("HANJI_RENDER_STATE");

  private final PageContext page;
  private final Diagnostics diagnostics;
  private final List<String> embedHtml = new ArrayList<>();
  private final List<RenderedMarkdown.AnchorLink> anchors = new ArrayList<>();
  private final Set<String> embedKinds = new TreeSet<>();
  private final List<RenderedMarkdown.WrittenLink> links = new ArrayList<>();
  private String linkProblem = "";
  private String linkHint = "";

  RenderState(PageContext page, Diagnostics diagnostics) {
    this.page = page;
    this.diagnostics = diagnostics;
  }

  PageContext page() {
    return page;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Keeps generated HTML aside and returns the placeholder that marks its place through sanitising. */
  String placeholderFor(String kind, String html) {
    embedKinds.add(kind);
    embedHtml.add(html);
    return "<" + HtmlSanitizer.EMBED_TAG + " data-ref=\"" + (embedHtml.size() - 1) + "\"></"
        + HtmlSanitizer.EMBED_TAG + ">";
  }

  void addAnchor(RenderedMarkdown.AnchorLink anchor) {
    anchors.add(anchor);
  }

  /**
   * Notes what is wrong with the link being resolved. It is reported by the link checker with every other
   * broken link, so that one build lists them all.
   */
  void flagLink(String problem, String hint) {
    linkProblem = problem;
    linkHint = hint;
  }

  /** Records a link written in the body, with the problem flagged while resolving it (if any). */
  void addLink(int line, int column, String written, String href) {
    links.add(new RenderedMarkdown.WrittenLink(line, column, written, href, linkProblem, linkHint));
    linkProblem = "";
    linkHint = "";
  }

  List<RenderedMarkdown.WrittenLink> links() {
    return List.copyOf(links);
  }

  List<String> embedHtml() {
    return embedHtml;
  }

  List<RenderedMarkdown.AnchorLink> anchors() {
    return List.copyOf(anchors);
  }

  Set<String> embedKinds() {
    return Set.copyOf(embedKinds);
  }
}
