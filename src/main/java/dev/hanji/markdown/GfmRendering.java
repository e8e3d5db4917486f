package dev.hanji.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;

/**
 * Renders the nodes whose Flexmark HTML differs from the GitHub Flavored Markdown spec where no Flexmark option
 * helps: code spans keep their inner spaces, strong emphasis directly inside strong emphasis adds no second
 * {@code <strong>}, a table without body rows has no empty {@code <tbody>}, and an e-mail autolink is a
 * {@code mailto:} link as written (the page's link resolver would take the address for a file next to the page).
 * (Raw HTML passes through GFM's tagfilter, {@link GfmTagFilter}, where PageRendering rewrites its links.) Link URLs percent-encode the ASCII characters
 * a URL may not hold ({@code \}, space, {@code `}, {@code [}...), as CommonMark renderers do; other characters
 * (Hangul) stay as written, which browsers read the same. Checked by {@code GfmSpecTest}.
 */
final class GfmRendering implements HtmlRenderer.HtmlRendererExtension {

  @Override
  public void rendererOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
    builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return GfmRendering::encodeLinkUrls;
      }
    });
  }

  private static void encodeLinkUrls(Node node, AttributablePart part, MutableAttributes attributes) {
    for (String name : new String[] {"href", "src"}) {
      Attribute url = attributes.get(name);
      if (url != null) {
        attributes.replaceValue(name, encodeUnsafeAscii(url.getValue()));
      }
    }
  }

  /**
   * A URL with the ASCII characters that URLs may not hold percent-encoded, and a {@code %} that starts no escape
   * written {@code %25}. The brackets of an IPv6 host ({@code http://[::1]/}) stay.
   */
  static String encodeUnsafeAscii(String url) {
    int hostStart = url.indexOf("://") + 3;
    int hostEnd = hostStart < 3 ? 0 : firstIndexOfAny(url, "/?#", hostStart);
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean hostBracket = (c == '[' || c == ']') && i >= hostStart && i < hostEnd;
      boolean unsafe = c < 0x20 || c == 0x7f || " \"<>\\^`{|}[]".indexOf(c) >= 0;
      if (c == '%' && !startsEscape(url, i) || unsafe && !hostBracket) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstIndexOfAny(String text, String characters, int from) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean startsEscape(String url, int percent) {
    return percent + 2 < url.length() && Character.digit(url.charAt(percent + 1), 16) >= 0
        && Character.digit(url.charAt(percent + 2), 16) >= 0;
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Code.class, Renderer::renderCodeSpan),
          new NodeRenderingHandler<>(StrongEmphasis.class, Renderer::renderStrong),
          new NodeRenderingHandler<>(TableBody.class, Renderer::renderTableBody),
          new NodeRenderingHandler<>(MailLink.class, Renderer::renderMailLink));
    }

    private static void renderCodeSpan(Code code, NodeRendererContext context, HtmlWriter html) {
      html.withAttr().tag("code").text(codeSpanContent(code)).tag("/code");
    }

    /**
     * A code span's text as CommonMark defines it: line endings become spaces, and one space is stripped from
     * each end when both ends have one and the span is not all spaces. Inside a table cell {@code \|} is a pipe,
     * since GFM splits the row into cells before it parses code spans.
     */
    static String codeSpanContent(Code code) {
      String content = code.getText().toString().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      if (code.getAncestorOfType(TableCell.class) != null) {
        content = content.replace("\\|", "|");
      }
      boolean padded = content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ");
      if (padded && !content.chars().allMatch(c -> c == ' ')) {
        content = content.substring(1, content.length() - 1);
      }
      return content;
    }

    /** GitHub renders strong emphasis nested directly in strong emphasis ({@code ****x****}) as one. */
    private static void renderStrong(StrongEmphasis strong, NodeRendererContext context, HtmlWriter html) {
      if (strong.getParent() instanceof StrongEmphasis) {
        context.renderChildren(strong);
        return;
      }
      html.withAttr().tag("strong");
      context.renderChildren(strong);
      html.tag("/strong");
    }

    private static void renderMailLink(MailLink link, NodeRendererContext context, HtmlWriter html) {
      String address = link.getText().unescape();
      html.attr("href", "mailto:" + address).withAttr().tag("a").text(address).tag("/a");
    }

    private static void renderTableBody(TableBody body, NodeRendererContext context, HtmlWriter html) {
      if (body.hasChildren()) {
        html.withAttr().withCondIndent().tagLine("tbody", () -> context.renderChildren(body));
      }
    }
  }
}
