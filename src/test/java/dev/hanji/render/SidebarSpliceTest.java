package dev.hanji.render;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.model.Site;
import dev.hanji.model.SiteModelBuilder;
import dev.hanji.model.SiteModelBuilder.ParsedSource;
import dev.hanji.render.PageView.NavItem;
import dev.hanji.sources.Messages;
import dev.hanji.sources.SourceLoader;
import dev.hanji.sources.Sources;
import dev.hanji.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose sidebar is put together from pieces is, byte for byte, the page Thymeleaf prints; a template that
 * is not the bundled one is printed by Thymeleaf alone, and a fragment whose entries do not print independently
 * of one another is never spliced.
 */
class SidebarSpliceTest {
  @TempDir
  Path dir;

  /** A site with sections three deep, titles that need escaping, and the same relative links from two depths. */
  private BuildOptions nestedSite() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/ops/index.md", "# 운영 <&> \"따옴표\" 'ok'\n");
    write(dir, "content/ko/ops/restart.md", "# 재시작 & 복구\n");
    write(dir, "content/ko/ops/upgrade.md", "# 업그레이드\n");
    write(dir, "content/ko/ops/disks/index.md", "# 디스크\n");
    write(dir, "content/ko/ops/disks/raid.md", "# RAID <10>\n");
    write(dir, "content/ko/ops/disks/deep/index.md", "# 깊은 곳\n");
    write(dir, "content/ko/ops/disks/deep/bottom.md", "# 바닥\n");
    write(dir, "content/ko/hw/index.md", "# 하드웨어\n");
    write(dir, "content/ko/hw/disks.md", "# 디스크\n");
    write(dir, "content/en/ops/index.md", "# Operations\n");
    write(dir, "content/en/ops/restart.md", "# Restart\n");
    return options;
  }

  /** A fragment of the sort the splice expects: each entry printed alone, the children's list inside it. */
  private static final Function<List<NavItem>, String> LIST = new Function<>() {
    @Override
    public String apply(List<NavItem> items) {
      return "<ul>" + items.stream().map(item -> "<li" + (item.open() ? " class=open" : "") + ">" + item.title()
          + (item.children().isEmpty() ? "" : apply(item.children())) + "</li>").collect(Collectors.joining(", "))
          + "</ul>";
    }
  };

  @Test
  void theBundledTemplatesPagesAreByteForByteThePagesThymeleafPrints() throws Exception {
    Printing printing = Printing.of(nestedSite());

    assertTrue(printing.renderer().splicesSidebar(), "the bundled template is spliced");
    printing.assertSplicedAsThymeleafPrints();
  }

  @Test
  void theProjectsOwnSiteIsPrintedAsThymeleafPrintsIt() throws Exception {
    Printing printing = Printing.of(BuildOptions.forProject(TestSites.projectDir()));

    assertTrue(printing.renderer().splicesSidebar(), "an unchanged copy of the bundled template is spliced");
    printing.assertSplicedAsThymeleafPrints();
  }

  @Test
  void aTemplateOfTheSitesOwnIsPrintedByThymeleafAlone() throws Exception {
    String bundled = Files.readString(TestSites.projectDir().resolve("site-templates/page.html"));
    String numbered = bundled.replace("th:text=\"${item.title}\"",
        "th:text=\"${itemStat.count + '. ' + item.title}\"");
    Path templates = write(dir, "own-templates/page.html", numbered).getParent();
    Printing printing = Printing.of(nestedSite().withTemplatesDir(templates));

    assertFalse(printing.renderer().splicesSidebar());
    String home = printing.renderer().render(printing.views().get(0));
    assertTrue(home.contains(">1. 홈</a>") && home.contains(">2. 하드웨어</a>") && home.contains(">3. 운영"), home);
  }

  @Test
  void aFragmentWhoseEntriesDependOnTheirPlaceIsNotSpliced() {
    Function<List<NavItem>, String> numbered = items -> "<ol>" + items.stream()
        .map(item -> "<li value=\"" + items.indexOf(item) + "\">" + item.title() + "</li>")
        .collect(Collectors.joining()) + "</ol>";

    assertEquals(Optional.empty(), SidebarSplice.of(numbered));
  }

  @Test
  void aFragmentOfIndependentEntriesIsPutTogetherAsItPrints() {
    NavItem leaf = new NavItem("leaf", "leaf/", false, false, List.of());
    NavItem current = new NavItem("here", "here/", true, true, List.of());
    NavItem untitled = new NavItem(null, "untitled/", false, false, List.of());
    List<NavItem> tree = List.of(leaf, new NavItem("open", "open/", false, true,
        List.of(leaf, new NavItem("deeper", "deeper/", false, true, List.of(current)), leaf)), untitled, leaf);

    SidebarSplice splice = SidebarSplice.of(LIST).orElseThrow();
    assertEquals(Optional.of(LIST.apply(tree)), splice.tree(tree));
    assertEquals(Optional.of(LIST.apply(List.of())), splice.tree(List.of()));
  }

  @Test
  void aPageThatShowsItsSidebarOtherThanOnceIsNotSpliced() throws Exception {
    PageView view = Printing.of(nestedSite()).views().get(0);
    SidebarSplice splice = SidebarSplice.of(LIST).orElseThrow();

    assertEquals(Optional.of("<p>" + LIST.apply(view.navigation()) + "</p>"),
        splice.page(view, page -> "<p>" + LIST.apply(page.navigation()) + "</p>"));
    assertEquals(Optional.empty(), splice.page(view, page -> LIST.apply(page.navigation()).repeat(2)));
    assertEquals(Optional.empty(), splice.page(view, page -> "<p>no sidebar</p>"));
  }

  /** A renderer for a site and the view of each of its pages, in site order. */
  private record Printing(TemplateRenderer renderer, List<PageView> views) {
    static Printing of(BuildOptions options) throws Exception {
      Diagnostics diagnostics = new Diagnostics();
      Sources sources = SourceLoader.load(options.folders(), options.overrides(), diagnostics);
      Messages messages = Messages.load(options.folders(), sources.settings().languages(), diagnostics);
      MarkdownRenderer markdown = new MarkdownRenderer(List.of());
      List<ParsedSource> parsed = sources.pages().stream()
          .map(source -> new ParsedSource(source, markdown.parse(source.body()))).toList();
      Site site = SiteModelBuilder.build(sources.settings(), sources.glossary(), parsed, false, messages,
          diagnostics, Map.of());
      TemplateRenderer renderer = new TemplateRenderer(options.templatesDir(), site, messages, "page.html",
          diagnostics);
      return new Printing(renderer, site.pages().stream()
          .map(page -> renderer.view(page, null, List.of("assets/site.js"))).toList());
    }

    void assertSplicedAsThymeleafPrints() {
      for (PageView view : views) {
        assertEquals(renderer.print(view), renderer.render(view), view.title());
      }
    }
  }
}
