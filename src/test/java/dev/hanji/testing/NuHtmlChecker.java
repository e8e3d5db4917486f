package dev.hanji.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process with its HTML5 schema and
 * Schematron-equivalent assertions. One instance checks many documents, one after another (not thread-safe).
 */
public final class NuHtmlChecker {
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private NuHtmlChecker(SimpleDocumentValidator validator) {
    this.validator = validator;
  }

  /** Loads the schema once (about a second); the checker then validates documents in milliseconds. */
  public static NuHtmlChecker create() {
    try {
      // Local entities and schemas from the jar, no language detection (it only ever warns), no network.
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
      NuHtmlChecker checker = new NuHtmlChecker(validator);
      validator.setUpMainSchema(HTML5_SCHEMA, checker.collector);
      validator.setUpValidatorAndParsers(checker.collector, false, false);
      return checker;
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e, e);
    }
  }

  /**
   * Every error (and fatal error) in the document, each as {@code name:line:column: message}; warnings and
   * info messages are left out. An empty list means the page is valid HTML.
   */
  public List<String> errors(String name, String html) {
    return check(name, html, false);
  }

  /** Every error in a stylesheet, checked by the same engine's CSS validator, as {@code name:line:column: message}. */
  public List<String> cssErrors(String name, String css) {
    return check(name, css, true);
  }

  private List<String> check(String name, String text, boolean css) {
    collector.start(name);
    InputSource source = new InputSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    source.setSystemId(name);
    try {
      if (css) {
        validator.checkCssInputSource(source);
      } else {
        validator.checkHtmlInputSource(source);
      }
    } catch (SAXParseException e) {
      collector.add(e); // a fatal error stops the parse; it was already reported unless the handler rethrew it
    } catch (Exception e) {
      collector.problems.add(name + ": the checker failed: " + e);
    }
    return List.copyOf(collector.problems);
  }

  /** Gathers the checker's messages for the document being checked. */
  private static final class Collector implements ErrorHandler {
    private final List<String> problems = new ArrayList<>();
    private String name = "";

    void start(String document) {
      name = document;
      problems.clear();
    }

    void add(SAXParseException e) {
      String message = name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
      if (!problems.contains(message)) {
        problems.add(message);
      }
    }

    @Override
    public void warning(SAXParseException e) {
      // Warnings are advice (e.g. "consider adding a lang attribute"), not validity errors.
    }

    @Override
    public void error(SAXParseException e) {
      add(e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add(e);
    }
  }
}
