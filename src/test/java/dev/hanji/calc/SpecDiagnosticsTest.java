package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad specs fail with the file, the line, the column and what is wrong. */
class SpecDiagnosticsTest {
  @TempDir
  Path dir;

  private List<String> problems(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
    Diagnostics diagnostics = new Diagnostics();
    Calculators calculators = SiteCalculators.load(dir, diagnostics);
    assertTrue(diagnostics.hasErrors() == !calculators.contains(name.replaceFirst("\\..*", "")));
    return diagnostics.all().stream().map(Diagnostic::toString).toList();
  }

  private List<String> withOutputs(String outputs) throws IOException {
    return problems("t.yaml", TestSites.SPEC_HEAD + outputs);
  }

  @Test
  void aGoodSpecLoadsWithoutDiagnostics() throws IOException {
    assertEquals(List.of(), withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: a * 2 + if(mode == "y", 1, 0)
        """));
  }

  @Test
  void unknownNamesPointAtTheNameInsideTheExpression() throws IOException {
    assertEquals(List.of("content/calculators/t.yaml:14:19: error: unknown name 'c' — known names: a, mode, b"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: a * 2 + c
        """));
  }

  @Test
  void syntaxErrorsInQuotedExpressionsCountTheQuote() throws IOException {
    assertEquals(List.of("content/calculators/t.yaml:14:19: error: syntax error in output 'b': unexpected ')'"
            + " — see the expression grammar in DESIGN §5"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: "a * (2))"
        """));
  }

  @Test
  void errorsInFoldedBlockExpressionsPointAtTheRightLine() throws IOException {
    assertEquals(List.of("content/calculators/t.yaml:16:11: error: unknown name 'nope' — known names: a, mode, b"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: >-
              if(a > 1,
              a + nope,
              a)
        """));
  }

  @Test
  void typeErrorsNameBothSides() throws IOException {
    assertEquals(List.of("content/calculators/t.yaml:14:22: error: the right side of '==' (the left side is text)"
            + " needs text but got a number — fix the expression's types (text values compare only with == and !=;"
            + " use concat(...) to join text)"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: if(mode == 1, 1, 0)
        """));
  }

  @Test
  void anOutputMustHaveTheTypeItsFormatPromises() throws IOException {
    List<String> problems = withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: a > 1
        """);
    assertEquals(List.of("content/calculators/t.yaml:14:11: error: output 'b' must be a number but this expression"
        + " is true/false — fix the expression's types (text values compare only with == and !=;"
        + " use concat(...) to join text)"), problems);
  }

  @Test
  void cyclesBetweenOutputsAreReported() throws IOException {
    List<String> problems = withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: c + 1
          - id: c
            label: {ko: 다, en: C}
            expr: b * 2
        """);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("content/calculators/t.yaml:14:11: error: cycle between outputs: b → c → b — an output cannot"
        + " depend on itself, directly or through other outputs", problems.get(0));
  }

  @Test
  void unknownFunctionsAndWrongArgumentCounts() throws IOException {
    List<String> problems = withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: sqrt(a)
          - id: c
            label: {ko: 다, en: C}
            expr: ceil(a, 2)
        """);
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).startsWith("content/calculators/t.yaml:14:11: error: unknown function 'sqrt'"));
    assertTrue(problems.get(1).startsWith("content/calculators/t.yaml:17:11: error: 'ceil' takes 1 argument but got 2"));
  }

  @Test
  void unknownAndMissingKeysAreReportedWithTheirPlace() throws IOException {
    List<String> problems = withOutputs("""
          - id: b
            lable: {ko: 나, en: B}
            expr: a
        """);
    assertEquals(List.of(
        "content/calculators/t.yaml:12:5: error: missing key 'label' — add 'label:'",
        "content/calculators/t.yaml:13:5: error: unknown key 'lable' — allowed here: id, label, help, expr, format,"
            + " decimals, unit, labels"), problems);
  }

  @Test
  void defaultsMustFitTheirInput() throws IOException {
    List<String> problems = problems("d.yaml", """
        title: T
        inputs:
          - {id: n, type: integer, label: N, default: 2.5}
          - {id: m, label: M, default: 50, max: 10}
          - {id: k, type: choice, label: K, choices: [a, b], default: c}
        outputs:
          - {id: o, label: O, expr: n + m}
        """);
    assertEquals(List.of(
        "content/calculators/d.yaml:3:47: error: default of input 'n' '2.5' is not a whole number"
            + " — change the default or the bounds",
        "content/calculators/d.yaml:4:32: error: default of input 'm' '50' is outside its bounds"
            + " — change the default or the bounds",
        "content/calculators/d.yaml:5:63: error: default of input 'k' 'c' is not one of its choices"
            + " — change the default or the bounds"), problems);
  }

  @Test
  void boundsMustBeFiniteDecimalNumbers() throws IOException {
    List<String> problems = problems("f.yaml", """
        title: T
        inputs:
          - {id: a, label: A, default: 1, max: 1e309}
          - {id: b, label: B, default: 1, min: -1e309, step: .inf}
        outputs:
          - {id: o, label: O, expr: a + b}
        """);
    assertEquals(List.of(
        "content/calculators/f.yaml:3:40: error: 'max' must be a finite decimal number but is 1e309 — write a decimal"
            + " number between -1.7e308 and 1.7e308, e.g. 'max: 1'",
        "content/calculators/f.yaml:4:40: error: 'min' must be a finite decimal number but is -1e309 — write a"
            + " decimal number between -1.7e308 and 1.7e308, e.g. 'min: 1'",
        "content/calculators/f.yaml:4:54: error: 'step' must be a finite decimal number but is .inf — write a"
            + " decimal number between -1.7e308 and 1.7e308, e.g. 'step: 1'"), problems);
  }

  @Test
  void aDivisionByAConstantZeroIsAnErrorAtTheDivisor() throws IOException {
    assertEquals(List.of("content/calculators/t.yaml:14:20: error: division by zero in output 'b' — the formula fails"
            + " for every input: divide by an input or an output, or fix the constant"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: a * 2 / (1 - 1)
        """));
    assertEquals(List.of("content/calculators/t.yaml:14:11: error: this part is never a finite number in output 'b'"
            + " — the formula fails for every input: divide by an input or an output, or fix the constant"),
        withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: 10 ^ 400 - a
        """));
  }

  @Test
  void aDivisionThatMayComputeIsAccepted() throws IOException {
    assertEquals(List.of(), withOutputs("""
          - id: b
            label: {ko: 나, en: B}
            expr: if(a == 0, 0, 1 / a) + 1 / (a - a + 2)
        """));
  }

  @Test
  void aYamlAliasIsAnErrorAtTheAliasNotTheAliasName() throws IOException {
    List<String> problems = problems("al.yaml", """
        title: T
        inputs:
          - {id: a, label: &l A, default: 1}
        outputs:
          - {id: o, label: *l, expr: a}
        """);
    assertEquals(List.of("content/calculators/al.yaml:5:20: error: invalid spec syntax: aliases (*l) are not"
        + " supported; write the value out — fix the YAML/JSON syntax at this place"), problems);
  }

  @Test
  void yamlSyntaxErrorsKeepTheirPosition() throws IOException {
    List<String> problems = problems("y.yaml", "title: T\ninputs: [\n  - a: b\n");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("content/calculators/y.yaml:"), problems.get(0));
    assertTrue(problems.get(0).contains("error: invalid spec syntax"), problems.get(0));
    assertFalse(problems.get(0).startsWith("content/calculators/y.yaml:0"), problems.get(0));
  }

  @Test
  void jsonSpecsWork() throws IOException {
    List<String> problems = problems("j.json", """
        {"title": {"ko": "제이슨", "en": "JSON"},
         "inputs": [{"id": "a", "label": "A", "default": 1}],
         "outputs": [{"id": "b", "label": "B", "expr": "a + zz"}]}
        """);
    assertEquals(List.of("content/calculators/j.json:3:53: error: unknown name 'zz' — known names: a, b"), problems);
  }

  @Test
  void duplicateIdsAndBadPresets() throws IOException {
    List<String> problems = problems("p.yaml", """
        title: T
        inputs:
          - {id: a, label: A, default: 1}
        outputs:
          - {id: a, label: A2, expr: "1"}
        presets:
          - {id: one, label: One, values: {b: 2}}
        """);
    assertEquals(List.of(
        "content/calculators/p.yaml:5:5: error: 'a' is declared twice (first at line 3) — inputs and outputs share"
            + " one namespace: rename one",
        "content/calculators/p.yaml:7:36: error: preset sets unknown input 'b' — inputs are: a"), problems);
  }

  @Test
  void warningCodesAndConditionsAreChecked() throws IOException {
    List<String> problems = withOutputs("""
          - id: b
            label: B
            expr: a
        warnings:
          - code: Too_Big
            when: b + 1
            message: {ko: 큼, en: big}
        """);
    assertEquals(List.of(
        "content/calculators/t.yaml:16:11: error: warning code 'Too_Big' is not lower-case-with-dashes"
            + " — e.g. 'heap-over-8'"), problems);
  }

  @Test
  void aMissingFolderMeansNoCalculators() {
    Diagnostics diagnostics = new Diagnostics();
    Calculators calculators = SiteCalculators.load(dir.resolve("absent"), diagnostics);
    assertTrue(calculators.ids().isEmpty());
    assertEquals(List.of(), diagnostics.all());
  }
}
