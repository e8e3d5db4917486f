package dev.hanji.testing;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Judges a loaded page in the browser the way the web community does: axe-core (vendored under
 * {@code src/test/resources/axe/}) for WCAG 2.1 A/AA, and the page's own {@code securitypolicyviolation}
 * events for its Content Security Policy.
 */
public final class PageAudit {
  /** Every axe-core rule tagged WCAG 2.0 or 2.1, level A or AA. */
  public static final Map<String, Object> WCAG21_AA =
      Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));

  private static final String AXE = MarkdownRendering.resource(PageAudit.class, "/axe/axe.min.js");

  // Runs before any script of every document, so violations during loading are seen too.
  private static final String CSP_LISTENER = """
      (() => {
        const seen = [];
        Object.defineProperty(window, '__hanjiCspViolations', { value: seen });
        window.addEventListener('securitypolicyviolation', (e) => {
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
        }, true);
      })();
      """;

  private static final String RUN_AXE = """
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: arguments[0], resultTypes: ['violations'] })
        .then((result) => done(result.violations.flatMap((rule) => rule.nodes.map((node) =>
          `${rule.id} (${rule.impact}): ${rule.help} — ${node.target.join(' ')} — `
            + (node.failureSummary || '').replace(/\\s+/g, ' ').trim()))),
          (error) => done([`axe failed: ${error}`]));
      """;

  private PageAudit() {
  }

  /** From now on every document the browser loads records its CSP violations (read them with {@link #cspViolations}). */
  public static void watchCspViolations(BrowserSupport browser) {
    browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
  }

  /**
   * Loads axe-core into every document the browser opens from now on, before the page's own scripts: quicker
   * than {@link #axeViolations} injecting it into each page through the driver. It runs outside the page's CSP.
   */
  public static void preloadAxe(BrowserSupport browser) {
    browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
  }

  /** The CSP violations of the current document so far, e.g. {@code script-src-elem blocked inline at ...:12}. */
  @SuppressWarnings("unchecked")
  public static List<String> cspViolations(BrowserSupport browser) {
    Object seen = js(browser).executeScript("return window.__hanjiCspViolations ?? ['CSP listener missing']");
    return List.copyOf((List<String>) seen);
  }

  /** Makes {@code prefers-color-scheme} report {@code light} or {@code dark} for every page from now on. */
  public static void emulateColorScheme(BrowserSupport browser, String scheme) {
    browser.devTools("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /**
   * Injects axe-core into the current document (through the driver, which the page's CSP does not restrict) and
   * returns one line per violating node: {@code rule (impact): help — selector — how to fix}.
   *
   * @param rules axe's {@code runOnly} option, e.g. {@link #WCAG21_AA}
   */
  @SuppressWarnings("unchecked")
  public static List<String> axeViolations(BrowserSupport browser, Map<String, Object> rules) {
    JavascriptExecutor js = js(browser);
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(AXE);
    }
    return List.copyOf((List<String>) js.executeAsyncScript(RUN_AXE, rules));
  }

  private static JavascriptExecutor js(BrowserSupport browser) {
    return (JavascriptExecutor) browser.driver();
  }
}
