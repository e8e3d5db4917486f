package dev.hanji.calc;

import java.util.List;
import java.util.Map;

/**
 * A spec whose expressions have been parsed and checked: the one model both evaluators
 * (Java, {@link Evaluator}; browser, {@link BrowserModule}) work from.
 *
 * @param order    output ids in an order where each output comes after those it uses
 * @param outputs  output id → expression
 * @param errors   conditions of {@code spec.errors()}, same order
 * @param warnings conditions of {@code spec.warnings()}, same order
 * @param series   values of the chart series, same order
 * @param highlight chart highlight expression, or null
 * @param params   raid-layout parameters, by name
 */
record Calculator(Spec spec, List<String> order, Map<String, Expr> outputs, List<Expr> errors,
                  List<Expr> warnings, List<Expr> series, Expr highlight, Map<String, Expr> params) {

  String id() {
    return spec.id();
  }
}
