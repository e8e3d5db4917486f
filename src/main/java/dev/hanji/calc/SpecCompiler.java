package dev.hanji.calc;

import dev.hanji.calc.Expr.Binary;
import dev.hanji.calc.Expr.Call;
import dev.hanji.calc.Expr.Num;
import dev.hanji.calc.Expr.Ref;
import dev.hanji.calc.Expr.Str;
import dev.hanji.calc.Expr.Type;
import dev.hanji.calc.Expr.Unary;
import dev.hanji.calc.Spec.Format;
import dev.hanji.calc.Spec.Input;
import dev.hanji.calc.Spec.InputType;
import dev.hanji.calc.Spec.Output;
import dev.hanji.calc.Spec.Position;
import dev.hanji.calc.Spec.Source;
import dev.hanji.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses every expression of a {@link Spec}, checks names and types, orders the outputs so each
 * follows the ones it uses, and rejects cycles. Problems go to the diagnostics with the place
 * inside the spec file.
 */
final class SpecCompiler {
  private final Spec spec;
  private final Diagnostics diagnostics;
  private final Map<String, Type> types = new LinkedHashMap<>();
  private final Map<String, Set<String>> uses = new LinkedHashMap<>();
  private boolean failed;

  /** The type error of an expression, at an offset inside it. */
  private static final class TypeError extends Exception {
    final int offset;

    TypeError(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  private SpecCompiler(Spec spec, Diagnostics diagnostics) {
    this.spec = spec;
    this.diagnostics = diagnostics;
  }

  /** Compiles a spec; returns null when any expression is wrong (reported in the diagnostics). */
  static Calculator compile(Spec spec, Diagnostics diagnostics) {
    return new SpecCompiler(spec, diagnostics).compile();
  }

  private Calculator compile() {
    for (Input input : spec.inputs()) {
      types.put(input.id(), input.type() == InputType.CHOICE ? Type.TEXT : Type.NUMBER);
    }
    for (Output output : spec.outputs()) {
      types.put(output.id(), output.format() == Format.TEXT ? Type.TEXT : Type.NUMBER);
    }
    Map<String, Expr> outputs = new LinkedHashMap<>();
    for (Output output : spec.outputs()) {
      Set<String> refs = new LinkedHashSet<>();
      outputs.put(output.id(), check(output.expression(), types.get(output.id()), "output '" + output.id() + "'",
          refs));
      uses.put(output.id(), refs);
    }
    List<String> order = order();
    List<Expr> errors = spec.errors().stream().map(r -> check(r.when(), Type.BOOLEAN, "error rule", null)).toList();
    List<Expr> warnings = spec.warnings().stream()
        .map(w -> check(w.when(), Type.BOOLEAN, "warning '" + w.code() + "'", null)).toList();
    List<Expr> series = new ArrayList<>();
    Expr highlight = null;
    Map<String, Expr> params = new LinkedHashMap<>();
    if (spec.chart() != null) {
      spec.chart().series().forEach(s -> series.add(check(s.value(), Type.NUMBER, "chart value", null)));
      if (spec.chart().highlight() != null) {
        highlight = check(spec.chart().highlight(), Type.TEXT, "chart highlight", null);
      }
      spec.chart().params().forEach((name, source) ->
          params.put(name, check(source, "level".equals(name) ? Type.TEXT : Type.NUMBER, "chart " + name, null)));
    }
    return failed ? null : new Calculator(spec, order, outputs, errors, warnings, List.copyOf(series), highlight,
        params);
  }

  /** Parses and type-checks one expression; {@code refs} (if given) collects the names it uses. */
  private Expr check(Source source, Type expected, String where, Set<String> refs) {
    Expr expr;
    try {
      expr = ExprParser.parse(source.text());
    } catch (ExprParser.SyntaxError e) {
      report(source, e.offset, "syntax error in " + where + ": " + e.getMessage(),
          "see the expression grammar in DESIGN §5");
      return null;
    }
    try {
      Type actual = typeOf(expr, refs == null ? new LinkedHashSet<>() : refs);
      if (actual != expected) {
        throw new TypeError(where + " must be " + expected.words + " but this expression is " + actual.words, 0);
      }
    } catch (TypeError e) {
      report(source, e.offset, e.getMessage(), hintFor(e.getMessage()));
      return null;
    }
    Optional<NeverComputes> never = neverComputes(expr);
    if (never.isPresent()) {
      report(source, never.get().offset(), never.get().what() + " in " + where,
          "the formula fails for every input: divide by an input or an output, or fix the constant");
      return null;
    }
    return expr;
  }

  /** A part of an expression that fails for every input, at its offset in the expression. */
  private record NeverComputes(int offset, String what) {
  }

  /**
   * The innermost part of an expression that can never compute: a division by a constant zero, or a constant part
   * whose value is not a finite number ({@code 10 ^ 400}). Constant parts are evaluated as the calculator would.
   */
  private static Optional<NeverComputes> neverComputes(Expr expr) {
    for (Expr part : partsOf(expr)) {
      Optional<NeverComputes> inner = neverComputes(part);
      if (inner.isPresent()) {
        return inner;
      }
    }
    if (expr instanceof Binary binary && binary.op().equals("/") && isConstantZero(binary.right())) {
      return Optional.of(new NeverComputes(binary.right().offset(), "division by zero"));
    }
    Double value = constantNumber(expr);
    if (value != null && !Double.isFinite(value)) {
      return Optional.of(new NeverComputes(expr.offset(), "this part is never a finite number"));
    }
    return Optional.empty();
  }

  /** The value of a numeric expression that uses no input or output, or null. */
  private static Double constantNumber(Expr expr) {
    if (!isConstant(expr)) {
      return null;
    }
    return Evaluator.eval(expr, Map.of()) instanceof Double number ? number : null;
  }

  private static boolean isConstantZero(Expr expr) {
    Double value = constantNumber(expr);
    return value != null && value == 0;
  }

  private static boolean isConstant(Expr expr) {
    return !(expr instanceof Ref) && partsOf(expr).stream().allMatch(SpecCompiler::isConstant);
  }

  private static List<Expr> partsOf(Expr expr) {
    if (expr instanceof Unary unary) {
      return List.of(unary.operand());
    }
    if (expr instanceof Binary binary) {
      return List.of(binary.left(), binary.right());
    }
    return expr instanceof Call call ? call.args() : List.of();
  }

  private String hintFor(String message) {
    return message.startsWith("unknown name")
        ? "known names: " + String.join(", ", types.keySet())
        : "fix the expression's types (text values compare only with == and !=; use concat(...) to join text)";
  }

  private Type typeOf(Expr expr, Set<String> refs) throws TypeError {
    if (expr instanceof Num) {
      return Type.NUMBER;
    }
    if (expr instanceof Str) {
      return Type.TEXT;
    }
    if (expr instanceof Ref ref) {
      Type type = types.get(ref.name());
      if (type == null) {
        throw new TypeError("unknown name '" + ref.name() + "'", ref.offset());
      }
      refs.add(ref.name());
      return type;
    }
    if (expr instanceof Unary unary) {
      Type wanted = "not".equals(unary.op()) ? Type.BOOLEAN : Type.NUMBER;
      require(unary.operand(), wanted, "'" + unary.op() + "'", refs);
      return wanted;
    }
    if (expr instanceof Binary binary) {
      return typeOfBinary(binary, refs);
    }
    return typeOfCall((Call) expr, refs);
  }

  private Type typeOfBinary(Binary binary, Set<String> refs) throws TypeError {
    String op = binary.op();
    switch (op) {
      case "and", "or" -> {
        require(binary.left(), Type.BOOLEAN, "'" + op + "'", refs);
        require(binary.right(), Type.BOOLEAN, "'" + op + "'", refs);
        return Type.BOOLEAN;
      }
      case "==", "!=" -> {
        Type left = typeOf(binary.left(), refs);
        require(binary.right(), left, "the right side of '" + op + "' (the left side is " + left.words + ")", refs);
        return Type.BOOLEAN;
      }
      case "<", "<=", ">", ">=" -> {
        require(binary.left(), Type.NUMBER, "'" + op + "'", refs);
        require(binary.right(), Type.NUMBER, "'" + op + "'", refs);
        return Type.BOOLEAN;
      }
      default -> {
        require(binary.left(), Type.NUMBER, "'" + op + "'", refs);
        require(binary.right(), Type.NUMBER, "'" + op + "'", refs);
        return Type.NUMBER;
      }
    }
  }

  private Type typeOfCall(Call call, Set<String> refs) throws TypeError {
    List<Expr> args = call.args();
    String name = call.function();
    switch (name) {
      case "if" -> {
        arity(call, 3, 3);
        require(args.get(0), Type.BOOLEAN, "the condition of 'if'", refs);
        Type then = typeOf(args.get(1), refs);
        require(args.get(2), then, "the 'else' value of 'if' (the 'then' value is " + then.words + ")", refs);
        return then;
      }
      case "min", "max" -> {
        arity(call, 1, Integer.MAX_VALUE);
        for (Expr arg : args) {
          require(arg, Type.NUMBER, "'" + name + "'", refs);
        }
        return Type.NUMBER;
      }
      case "ceil", "floor", "round", "abs" -> {
        arity(call, 1, 1);
        require(args.get(0), Type.NUMBER, "'" + name + "'", refs);
        return Type.NUMBER;
      }
      case "concat" -> {
        arity(call, 1, Integer.MAX_VALUE);
        for (Expr arg : args) {
          if (typeOf(arg, refs) == Type.BOOLEAN) {
            throw new TypeError("'concat' joins text and numbers, not true/false", arg.offset());
          }
        }
        return Type.TEXT;
      }
      default -> throw new TypeError("unknown function '" + name + "'",  call.offset());
    }
  }

  private void arity(Call call, int min, int max) throws TypeError {
    int n = call.args().size();
    if (n < min || n > max) {
      String expected = min == max ? String.valueOf(min) : "at least " + min;
      throw new TypeError("'" + call.function() + "' takes " + expected + " argument" + (min == 1 && max == 1 ? "" : "s")
          + " but got " + n, call.offset());
    }
  }

  private void require(Expr expr, Type wanted, String what, Set<String> refs) throws TypeError {
    Type actual = typeOf(expr, refs);
    if (actual != wanted) {
      throw new TypeError(what + " needs " + wanted.words + " but got " + actual.words, expr.offset());
    }
  }

  /** Outputs ordered so that each follows those it uses; a cycle is reported once per output on it. */
  private List<String> order() {
    List<String> order = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (String id : uses.keySet()) {
      visit(id, new ArrayList<>(), done, order);
    }
    return List.copyOf(order);
  }

  private void visit(String id, List<String> path, Set<String> done, List<String> order) {
    if (done.contains(id) || !uses.containsKey(id)) {
      return;
    }
    int loopStart = path.indexOf(id);
    if (loopStart >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(loopStart, path.size()));
      cycle.add(id);
      Output output = spec.outputs().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
      report(output.expression(), 0, "cycle between outputs: " + String.join(" → ", cycle),
          "an output cannot depend on itself, directly or through other outputs");
      done.addAll(cycle);
      return;
    }
    path.add(id);
    for (String used : uses.get(id)) {
      visit(used, path, done, order);
    }
    path.remove(path.size() - 1);
    if (done.add(id)) {
      order.add(id);
    }
  }

  private void report(Source source, int offset, String message, String hint) {
    failed = true;
    Position at = source.at(offset);
    diagnostics.error(spec.file(), at.line(), at.column(), message, hint);
  }
}
