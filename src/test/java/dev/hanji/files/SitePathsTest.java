package dev.hanji.files;

import dev.hanji.files.SitePaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Which links leave the site: a URL scheme (RFC 3986: a letter, then letters, digits, + . -) or //host. */
class SitePathsTest {
  private static final Pattern SCHEME_OR_HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");

  @Test
  void decodesPercentEscapesAndKeepsAPercentThatStartsNone() {
    assertEquals("파일 이름+1.md", SitePaths.decode("%ED%8C%8C%EC%9D%BC%20%EC%9D%B4%EB%A6%84+1.md"));
    assertEquals("%PUBLIC_URL%/favicon.ico", SitePaths.decode("%PUBLIC_URL%/favicon.ico"));
    assertEquals("100%", SitePaths.decode("100%"));
    assertEquals("a%2", SitePaths.decode("a%2"));
    assertEquals("한%zz글", SitePaths.decode("한%zz글"));
  }

  @Test
  void recognisesSchemesAndProtocolRelativeLinks() {
    assertTrue(SitePaths.isExternal("https://kafka.apache.org/"));
    assertTrue(SitePaths.isExternal("mailto:ops@example.org"));
    assertTrue(SitePaths.isExternal("svn+ssh://host/repo"));
    assertTrue(SitePaths.isExternal("//cdn.example.com/x.js"));
    assertFalse(SitePaths.isExternal("../raid/#raid-10"));
    assertFalse(SitePaths.isExternal("raid.md"));
    assertFalse(SitePaths.isExternal("1http://x"));
    assertFalse(SitePaths.isExternal(":x"));
    assertFalse(SitePaths.isExternal("파일:이름"));
    assertFalse(SitePaths.isExternal(""));
  }

  @Property(tries = 3000)
  void agreesWithTheGrammarOnAnyLink(@ForAll @StringLength(max = 12)
                                     @Chars({'a', 'Z', '1', '+', '.', '-', ':', '/', '#', '?', 'é', '가', ' '})
                                     String link) {
    assertEquals(SCHEME_OR_HOST.matcher(link).find(), SitePaths.isExternal(link), link);
  }

  @Property
  void encodesAsTheUriClassDoes(@ForAll @StringLength(max = 12) @Chars({'a', 'Z', '0', '-', '.', '_', '~', '/', ' ',
      '%', '#', '?', ':', '한', '+'}) String url) throws Exception {
    net.jqwik.api.Assume.that(!url.startsWith("/")); // site-relative: "//x" would be read as a host
    assertEquals(new java.net.URI(null, null, "/" + url, null).toASCIIString().substring(1), SitePaths.encode(url));
  }
}
