package dev.hanji.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The fast evaluator must print exactly what Thymeleaf's OGNL evaluator prints, and fail where it fails. */
class RecordPathEvaluatorTest {
  /** A public record like the page view's parts. */
  public record Item(String title, boolean current, List<Item> children, Item parent, Map<String, String> extra) {
  }

  private static final Item LEAF = new Item("Leaf <b>", false, List.of(), null, Map.of("k", "v"));
  private static final Item ROOT = new Item("Root", true, List.of(LEAF, LEAF), LEAF, Map.of());

  @ParameterizedTest
  @ValueSource(strings = {
      "<p th:text=\"${item.title}\"></p>",
      "<p th:utext=\"${item.parent.title}\"></p>",
      "<p th:if=\"${item.current}\">yes</p><p th:unless=\"${item.current}\">no</p>",
      "<p th:if=\"${!item.current}\">negated</p>",
      "<p th:text=\"${item.children.size()}\"></p><p th:text=\"${item.children.isEmpty()}\"></p>",
      "<p th:if=\"${!item.children.isEmpty()}\">has children</p>",
      "<p th:if=\"${!item.title.isEmpty()}\" th:text=\"${item.title.length()}\"></p>",
      "<p th:each=\"c : ${item.children}\" th:text=\"${c.title}\" th:attr=\"aria-current=${c.current} ? 'page'\"></p>",
      "<p th:text=\"${item.extra.k}\"></p><p th:text=\"${item.extra.isEmpty()}\"></p>",
      "<p th:text=\"${missing}\">x</p><p th:text=\"${item.children[0].title}\"></p>",
      "<p th:text=\"${item.current} ? 'on' : 'off'\"></p><p th:class=\"|level-${item.children.size()}|\"></p>",
      "<a th:href=\"${item.title}\" th:attr=\"data-x=${null},data-y=${true},data-z=${item.current}\">x</a>",
      "<a th:each=\"c : ${item.children}\" th:href=\"${c.title}\" th:attr=\"aria-current=${!c.current} ? 'page'\">x</a>",
  })
  void printsWhatOgnlPrints(String template) {
    assertEquals(render(engine(false), template, ROOT), render(engine(true), template, ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<p th:text=\"${item.parent.parent.title}\"></p>", "<p th:text=\"${item.nothing}\"></p>",
      "<p th:text=\"${item.children.get(5)}\"></p>", "<p th:text=\"${T(java.lang.Runtime).getRuntime()}\"></p>",
      "<a th:href=\"${param.x}\">x</a>"})
  void failsWhereOgnlFailsWithTheSameMessage(String template) {
    String ognl = assertThrows(TemplateProcessingException.class, () -> render(engine(false), template, ROOT))
        .getMessage();
    String fast = assertThrows(TemplateProcessingException.class, () -> render(engine(true), template, ROOT))
        .getMessage();
    assertEquals(ognl, fast);
  }

  private static TemplateEngine engine(boolean fast) {
    StandardDialect dialect = new StandardDialect();
    if (fast) {
      dialect.setVariableExpressionEvaluator(new RecordPathEvaluator());
    }
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    TemplateEngine engine = new TemplateEngine();
    engine.setDialect(dialect);
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static String render(TemplateEngine engine, String template, Item item) {
    Context context = new Context(Locale.ROOT);
    context.setVariable("item", item);
    return engine.process(template, context);
  }
}
