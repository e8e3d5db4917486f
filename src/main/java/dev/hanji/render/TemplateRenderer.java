package dev.hanji.render;

import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.sources.Messages;
import dev.hanji.sources.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The render stage: prints each page through the site's Thymeleaf template ({@code site-templates/page.html}, the
 * site's own or else the bundled theme's, see {@link Theme}) with a {@link PageView}. UI text comes from the site's
 * message bundles via {@code #{key}}. One engine (templates parsed once and cached) serves every page and every
 * thread. With the bundled template, each page's sidebar is put together from entries printed once per build
 * ({@link SidebarSplice}); a template of the site's own is printed by Thymeleaf alone.
 */
public final class TemplateRenderer {
  /** The template every page is printed with. */
  public static final String PAGE_TEMPLATE = "page";

  private final TemplateEngine engine;
  private final PageViewFactory views;
  private final String templateFile;
  private final Diagnostics diagnostics;
  private final Optional<SidebarSplice> sidebar;
  /** Template errors already reported: every page would repeat the same one. */
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /**
   * A renderer for one site, reading templates from {@code templatesDir}, and those it lacks from the bundled theme.
   *
   * @param templateFile how diagnostics name the page template (e.g. {@code site-templates/page.html})
   * @param diagnostics  where template errors are reported
   */
  public TemplateRenderer(Path templatesDir, Site site, Messages messages, String templateFile,
                          Diagnostics diagnostics) {
    this.templateFile = templateFile;
    this.diagnostics = diagnostics;
    FileTemplateResolver own = new FileTemplateResolver();
    own.setPrefix(templatesDir.toAbsolutePath() + "/");
    own.setCheckExistence(true);
    ClassLoaderTemplateResolver bundled = new ClassLoaderTemplateResolver(Theme.class.getClassLoader());
    bundled.setPrefix(Theme.BUNDLED_TEMPLATES);
    StandardDialect dialect = new StandardDialect();
    dialect.setVariableExpressionEvaluator(new RecordPathEvaluator());
    this.engine = new TemplateEngine();
    engine.setDialect(dialect);
    engine.addTemplateResolver(configured(own, 1));
    engine.addTemplateResolver(configured(bundled, 2));
    engine.setMessageResolver(new BundleMessageResolver(messages));
    this.views = new PageViewFactory(site, messages);
    this.sidebar = isBundled(templatesDir) ? spliceOfSidebar() : Optional.empty();
  }

  /** Whether the page template Thymeleaf reads is the bundled theme's: the site has none, or an unchanged copy. */
  private static boolean isBundled(Path templatesDir) {
    String name = PAGE_TEMPLATE + ".html";
    Path own = templatesDir.resolve(name);
    try (InputStream bundled = Theme.bundledTemplate(name)) {
      return bundled != null && (!Files.exists(own) || Arrays.equals(Files.readAllBytes(own), bundled.readAllBytes()));
    } catch (IOException e) {
      return false;
    }
  }

  private Optional<SidebarSplice> spliceOfSidebar() {
    try {
      return SidebarSplice.of(this::printSidebar);
    } catch (TemplateProcessingException e) {
      return Optional.empty(); // every page will report it
    }
  }

  /** A resolver of HTML templates in UTF-8, parsed once; the site's own folder is asked before the bundled theme. */
  private static AbstractConfigurableTemplateResolver configured(AbstractConfigurableTemplateResolver resolver,
                                                                 int order) {
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /**
   * Everything the template will print for a page. Two equal views print the same bytes, which is how a
   * rebuild knows a page need not be printed again.
   *
   * @param page    the page
   * @param body    its rendered Markdown, or null for generated pages
   * @param scripts site-relative paths of the module scripts it loads
   */
  public PageView view(Page page, RenderedMarkdown body, List<String> scripts) {
    return views.viewOf(page, body, scripts);
  }

  /**
   * The complete HTML document of a page, printed from its {@link #view view}.
   *
   * @return the document, or an empty string when the template fails (an error is then reported)
   */
  public String render(PageView view) {
    try {
      return sidebar.flatMap(splice -> splice.page(view, this::print)).orElseGet(() -> print(view));
    } catch (TemplateProcessingException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
          .orElse("");
      if (reported.add(message)) {
        diagnostics.error(templateFile, Math.max(e.getLine() == null ? 0 : e.getLine(), 0),
            Math.max(e.getCol() == null ? 0 : e.getCol(), 0), "template error: " + message,
            "fix the Thymeleaf markup or expression there (syntax: thymeleaf.org, Thymeleaf 3.1)");
      }
      return "";
    }
  }

  /** Whether pages are printed with their sidebar put together by {@link SidebarSplice}. */
  boolean splicesSidebar() {
    return sidebar.isPresent();
  }

  /** The page printed by Thymeleaf alone. */
  String print(PageView view) {
    Context context = new Context(Locale.forLanguageTag(view.lang()));
    context.setVariable("view", view);
    return engine.process(PAGE_TEMPLATE, context);
  }

  /** The template's sidebar fragment printed by Thymeleaf for {@code items}. */
  private String printSidebar(List<PageView.NavItem> items) {
    Context context = new Context(Locale.ROOT);
    context.setVariable("items", items);
    return engine.process(new TemplateSpec(PAGE_TEMPLATE, Set.of(SidebarSplice.FRAGMENT), TemplateMode.HTML, null),
        context);
  }

  /** Resolves {@code #{key}} from the site's bundles by the page's language. */
  private static final class BundleMessageResolver implements IMessageResolver {
    private final Messages messages;

    BundleMessageResolver(Messages messages) {
      this.messages = messages;
    }

    @Override
    public String getName() {
      return "hanji-bundles";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      String lang = context.getLocale().getLanguage();
      return messages.has(lang, key) ? messages.get(lang, key, parameters == null ? new Object[0] : parameters)
          : null;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
      return "??" + key + "??";
    }
  }
}
