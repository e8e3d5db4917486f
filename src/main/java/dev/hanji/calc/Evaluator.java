package dev.hanji.calc;

import dev.hanji.calc.Expr.Binary;
import dev.hanji.calc.Expr.Call;
import dev.hanji.calc.Expr.Num;
import dev.hanji.calc.Expr.Ref;
import dev.hanji.calc.Expr.Str;
import dev.hanji.calc.Expr.Unary;
import dev.hanji.calc.Spec.Input;
import dev.hanji.calc.Spec.InputType;
import dev.hanji.calc.Spec.Output;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link Calculator} in Java with IEEE doubles, exactly as the browser runtime
 * ({@code runtime.js}) does: same input checks in the same order, same operators, same functions.
 */
final class Evaluator {
  private final Messages messages;

  Evaluator(Messages messages) {
    this.messages = messages;
  }

  /** Evaluates with raw input strings; missing inputs take their defaults. */
  Result evaluate(Calculator calculator, Map<String, String> raw) {
    Map<String, Object> env = new HashMap<>();
    for (Input input : calculator.spec().inputs()) {
      String value = raw.getOrDefault(input.id(), input.defaultValue());
      Object parsed = parse(input, value == null ? "" : value.strip());
      if (parsed instanceof Text problem) {
        return Result.failure(problem);
      }
      env.put(input.id(), parsed);
    }
    for (String id : calculator.order()) {
      env.put(id, eval(calculator.outputs().get(id), env));
    }
    for (int i = 0; i < calculator.errors().size(); i++) {
      if ((Boolean) eval(calculator.errors().get(i), env)) {
        return Result.failure(calculator.spec().errors().get(i).message());
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Output output : calculator.spec().outputs()) {
      Object value = env.get(output.id());
      if (value instanceof Double number && !Double.isFinite(number)) {
        return Result.failure(messages.format("error.notFinite", Map.of("label", output.label())));
      }
      values.put(output.id(), value);
    }
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < calculator.warnings().size(); i++) {
      if ((Boolean) eval(calculator.warnings().get(i), env)) {
        warnings.add(calculator.spec().warnings().get(i).code());
      }
    }
    return new Result(values, null, warnings);
  }

  /** The input's value (Double or String), or the error message (a {@link Text}) when it is not acceptable. */
  private Object parse(Input input, String value) {
    Map<String, Text> label = Map.of("label", input.label());
    if (input.type() == InputType.CHOICE) {
      boolean known = input.choices().stream().anyMatch(c -> c.value().equals(value));
      return known ? value : messages.format("error.badChoice", label);
    }
    if (!SpecReader.NUMBER.matcher(value).matches()) {
      return messages.format("error.notNumber", label);
    }
    double number = Double.parseDouble(value);
    if (!Double.isFinite(number)) {
      return messages.format("error.notNumber", label);
    }
    if (input.type() == InputType.INTEGER && number != Math.floor(number)) {
      return messages.format("error.notInteger", label);
    }
    if (input.min() != null && number < input.min()) {
      return messages.format("error.belowMin", Map.of("label", input.label(), "min", Formats.plain(input.min())));
    }
    if (input.max() != null && number > input.max()) {
      return messages.format("error.aboveMax", Map.of("label", input.label(), "max", Formats.plain(input.max())));
    }
    return number;
  }

  /** The value of an expression: Double, String or Boolean. */
  static Object eval(Expr expr, Map<String, Object> env) {
    if (expr instanceof Num num) {
      return num.value();
    }
    if (expr instanceof Str str) {
      return str.value();
    }
    if (expr instanceof Ref ref) {
      return env.get(ref.name());
    }
    if (expr instanceof Unary unary) {
      Object operand = eval(unary.operand(), env);
      return "not".equals(unary.op()) ? !(Boolean) operand : -(Double) operand;
    }
    if (expr instanceof Binary binary) {
      return binary(binary, env);
    }
    return call((Call) expr, env);
  }

  private static Object binary(Binary binary, Map<String, Object> env) {
    Object left = eval(binary.left(), env);
    switch (binary.op()) {
      case "and":
        return (Boolean) left && (Boolean) eval(binary.right(), env);
      case "or":
        return (Boolean) left || (Boolean) eval(binary.right(), env);
      case "==":
        return same(left, eval(binary.right(), env));
      case "!=":
        return !same(left, eval(binary.right(), env));
      default:
        break;
    }
    double a = (Double) left;
    double b = (Double) eval(binary.right(), env);
    return switch (binary.op()) {
      case "<" -> a < b;
      case "<=" -> a <= b;
      case ">" -> a > b;
      case ">=" -> a >= b;
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/" -> a / b;
      case "^" -> StrictMath.pow(a, b);
      default -> throw new IllegalStateException("operator " + binary.op());
    };
  }

  /** JavaScript's {@code ===} for the language's values (numbers by IEEE equality). */
  private static boolean same(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return x.doubleValue() == y.doubleValue();
    }
    return a.equals(b);
  }

  private static Object call(Call call, Map<String, Object> env) {
    List<Expr> args = call.args();
    switch (call.function()) {
      case "if":
        return (Boolean) eval(args.get(0), env) ? eval(args.get(1), env) : eval(args.get(2), env);
      case "concat": {
        StringBuilder out = new StringBuilder();
        for (Expr arg : args) {
          Object value = eval(arg, env);
          out.append(value instanceof Double number ? JsNumber.toString(number) : value);
        }
        return out.toString();
      }
      case "min":
      case "max": {
        boolean min = "min".equals(call.function());
        double result = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (Expr arg : args) {
          double value = (Double) eval(arg, env);
          result = min ? Math.min(result, value) : Math.max(result, value);
        }
        return result;
      }
      default:
        return unaryFunction(call.function(), (Double) eval(args.get(0), env));
    }
  }

  private static double unaryFunction(String function, double x) {
    return switch (function) {
      case "ceil" -> Math.ceil(x);
      case "floor" -> Math.floor(x);
      case "abs" -> Math.abs(x);
      case "round" -> jsRound(x);
      default -> throw new IllegalStateException("function " + function);
    };
  }

  /** JavaScript's {@code Math.round}: halves go up (toward +∞), NaN/∞/-0 stay as they are. */
  static double jsRound(double x) {
    if (!Double.isFinite(x) || x == 0) {
      return x;
    }
    double floor = Math.floor(x);
    double rounded = x - floor >= 0.5 ? floor + 1 : floor;
    return rounded == 0 && x < 0 ? -0.0 : rounded;
  }
}
