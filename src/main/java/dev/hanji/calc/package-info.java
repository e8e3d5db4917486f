/**
 * Calculators (DESIGN §5): declarative specs under {@code content/calculators/} are read
 * ({@code SourceTree}, {@code SpecReader}), their expressions parsed and checked once
 * ({@code ExprParser}, {@code SpecCompiler}) into one model ({@code Calculator}) that is both
 * evaluated in Java ({@code Evaluator}, for build-time defaults and tests) and emitted as data
 * for the shared browser runtime ({@code BrowserModule}, {@code runtime.js}). The facade is
 * {@link dev.hanji.calc.Calculators}.
 *
 * <h2>Spec format</h2>
 * One YAML or JSON file per calculator; the file name is the id ({@code raid.yaml} → {@code raid}).
 * A "text" below is either one string or {@code {ko: ..., en: ...}}.
 * <pre>
 * title: text                     intro: text (optional)
 * inputs:   - id, label, help?, unit?, type: number|integer|choice (default number),
 *             default, min?, max?, step?, choices (choice only: values, or {value, label})
 * outputs:  - id, label, help?, expr, format: number|percent|text (default number),
 *             decimals? (default 0), unit?, labels? (text outputs: value → text)
 * errors:   - when: condition, message: text      (first that holds replaces all results)
 * warnings: - code: lower-case-with-dashes, when: condition, message: text
 * presets:  - id, label, values: {inputId: value}  (buttons that fill inputs)
 * reference: {title, columns: [text], rows: [[text]]}  (a table beside the calculator)
 * chart:    {type: stacked-bar|bars|raid-layout, title, series: [{key?, label, value}],
 *            highlight? (bars: expression naming the key to emphasise),
 *            params (raid-layout: level, disks, groups)}
 * </pre>
 * Expressions: numbers, {@code "text"}, input and output ids, {@code + - * / ^},
 * {@code == != < <= > >=}, {@code and or not}, {@code if(c, a, b)}, {@code min max ceil floor
 * round abs} and {@code concat(...)} (joins text and numbers, numbers in JavaScript's
 * {@code String()} form). Choice inputs are text ({@code level == "10"}). Inputs are checked
 * before any rule: a number, a whole number for integers, within min/max, one of the choices.
 */
package dev.hanji.calc;
