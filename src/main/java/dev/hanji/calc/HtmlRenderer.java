package dev.hanji.calc;

import dev.hanji.calc.Spec.Choice;
import dev.hanji.calc.Spec.Input;
import dev.hanji.calc.Spec.InputType;
import dev.hanji.calc.Spec.Output;
import dev.hanji.calc.Spec.Preset;
import dev.hanji.calc.Spec.Reference;
import dev.hanji.calc.Spec.Warning;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a calculator's widget markup (DESIGN §5 markup contract) with the default results
 * already computed, so the page is complete without JavaScript. Built with jsoup so every text
 * and attribute is escaped.
 */
final class HtmlRenderer {
  private final Messages messages;

  HtmlRenderer(Messages messages) {
    this.messages = messages;
  }

  /** The widget for a page language, showing {@code defaults}. */
  String render(Calculator calculator, Result defaults, String lang) {
    Spec spec = calculator.spec();
    String prefix = "calc-" + spec.id();
    Element root = new Element("div").addClass("calc").attr("data-calculator", spec.id()).attr("data-lang", lang)
        .id(prefix);
    Element inputs = root.appendElement("fieldset").addClass("calc-inputs");
    inputs.appendElement("legend").text(spec.title().in(lang));
    if (spec.intro() != null) {
      inputs.appendElement("p").addClass("calc-intro").text(spec.intro().in(lang));
    }
    spec.inputs().forEach(input -> field(inputs, input, prefix, lang));
    presets(root, spec.presets(), lang);
    status(root, spec.warnings(), defaults, lang);
    outputs(root, spec.outputs(), defaults, prefix, lang);
    if (spec.chart() != null) {
      Element figure = root.appendElement("figure").addClass("calc-chart")
          .attr("data-chart", spec.chart().type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .attr("hidden", true);
      figure.appendElement("figcaption").text(spec.chart().title().in(lang));
      figure.appendElement("div").addClass("calc-chart-body");
    }
    if (spec.reference() != null) {
      reference(root, spec.reference(), lang);
    }
    actions(root, lang);
    Document holder = Document.createShell("");
    holder.outputSettings().prettyPrint(false);
    holder.body().appendChild(root);
    return root.outerHtml();
  }

  private void field(Element parent, Input input, String prefix, String lang) {
    String controlId = prefix + "-" + input.id();
    Element field = parent.appendElement("div").addClass("calc-field");
    field.appendElement("label").attr("for", controlId).text(input.label().in(lang));
    Element control = field.appendElement("div").addClass("calc-control");
    Element element = input.type() == InputType.CHOICE ? select(control, input, lang) : numberInput(control, input);
    element.id(controlId).attr("name", input.id());
    if (input.unit() != null) {
      control.appendElement("span").addClass("calc-unit").text(input.unit().in(lang));
    }
    if (input.help() != null) {
      element.attr("aria-describedby", controlId + "-help");
      field.appendElement("p").addClass("calc-help").id(controlId + "-help").text(input.help().in(lang));
    }
  }

  private static Element select(Element parent, Input input, String lang) {
    Element select = parent.appendElement("select");
    for (Choice choice : input.choices()) {
      Element option = select.appendElement("option").attr("value", choice.value()).text(choice.label().in(lang));
      if (choice.value().equals(input.defaultValue())) {
        option.attr("selected", true);
      }
    }
    return select;
  }

  private static Element numberInput(Element parent, Input input) {
    Element element = parent.appendElement("input").attr("type", "number").attr("value", input.defaultValue())
        .attr("required", true)
        .attr("inputmode", input.type() == InputType.INTEGER ? "numeric" : "decimal");
    if (input.min() != null) {
      element.attr("min", JsNumber.toString(input.min()));
    }
    if (input.max() != null) {
      element.attr("max", JsNumber.toString(input.max()));
    }
    Double step = input.step() != null ? input.step() : input.type() == InputType.INTEGER ? Double.valueOf(1) : null;
    element.attr("step", step == null ? "any" : JsNumber.toString(step));
    return element;
  }

  private void presets(Element root, List<Preset> presets, String lang) {
    if (presets.isEmpty()) {
      return;
    }
    Element box = root.appendElement("div").addClass("calc-presets").attr("hidden", true);
    box.appendElement("span").addClass("calc-presets-label").text(messages.get("presets").in(lang));
    for (Preset preset : presets) {
      box.appendElement("button").attr("type", "button").attr("data-preset", preset.id()).text(preset.label().in(lang));
    }
  }

  private void status(Element root, List<Warning> warnings, Result defaults, String lang) {
    Element status = root.appendElement("div").addClass("calc-status").attr("aria-live", "polite");
    Element error = status.appendElement("p").addClass("calc-error").attr("data-error", true);
    defaults.error(lang).ifPresentOrElse(error::text, () -> error.attr("hidden", true));
    Element list = status.appendElement("ul").addClass("calc-warnings");
    for (Warning warning : warnings) {
      if (defaults.warnings().contains(warning.code())) {
        list.appendElement("li").attr("data-warning", warning.code()).text(warning.message().in(lang));
      }
    }
  }

  private void outputs(Element root, List<Output> outputs, Result defaults, String prefix, String lang) {
    Element list = root.appendElement("dl").addClass("calc-outputs");
    for (Output output : outputs) {
      Element item = list.appendElement("div").addClass("calc-output");
      item.appendElement("dt").id(prefix + "-out-" + output.id()).text(output.label().in(lang));
      Element value = item.appendElement("dd").appendElement("output").attr("data-output", output.id())
          .attr("aria-labelledby", prefix + "-out-" + output.id())
          .attr("data-value", defaults.dataValue(output.id()));
      Object raw = defaults.values().get(output.id());
      value.text(raw == null ? "" : Formats.output(output, raw, lang));
      if (output.help() != null) {
        item.appendElement("dd").addClass("calc-help").text(output.help().in(lang));
      }
    }
  }

  private static void reference(Element root, Reference reference, String lang) {
    Element table = root.appendElement("aside").addClass("calc-reference").appendElement("table");
    table.appendElement("caption").text(reference.title().in(lang));
    Element head = table.appendElement("thead").appendElement("tr");
    reference.columns().forEach(column -> head.appendElement("th").attr("scope", "col").text(column.in(lang)));
    Element body = table.appendElement("tbody");
    for (List<Text> row : reference.rows()) {
      Element tr = body.appendElement("tr");
      for (int i = 0; i < row.size(); i++) {
        tr.appendElement(i == 0 ? "th" : "td").text(row.get(i).in(lang));
        if (i == 0) {
          tr.child(0).attr("scope", "row");
        }
      }
    }
  }

  private void actions(Element root, String lang) {
    Element actions = root.appendElement("div").addClass("calc-actions").attr("hidden", true);
    actions.appendElement("button").attr("type", "button").attr("data-action", "copy-link")
        .text(messages.get("button.copyLink").in(lang));
    actions.appendElement("button").attr("type", "button").attr("data-action", "reset")
        .text(messages.get("button.reset").in(lang));
    actions.appendElement("span").addClass("calc-action-status").attr("role", "status");
  }
}
