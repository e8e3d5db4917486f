package dev.hanji.calc;

import dev.hanji.calc.Expr.Binary;
import dev.hanji.calc.Expr.Call;
import dev.hanji.calc.Expr.Num;
import dev.hanji.calc.Expr.Ref;
import dev.hanji.calc.Expr.Str;
import dev.hanji.calc.Expr.Unary;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the expression language by recursive descent. Grammar, loosest first:
 * <pre>
 * or     := and ("or" and)*
 * and    := not ("and" not)*
 * not    := "not" not | cmp
 * cmp    := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
 * sum    := term (("+" | "-") term)*
 * term   := unary (("*" | "/") unary)*
 * unary  := "-" unary | power
 * power  := atom ("^" unary)?            (right-associative, binds tighter than unary minus)
 * atom   := number | "string" | name | name "(" or ("," or)* ")" | "(" or ")"
 * </pre>
 */
final class ExprParser {
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not");
  /**
   * Deepest expression tree (and deepest bracket nesting) accepted. The compiler, the Java evaluator and the
   * browser interpreter all walk the tree recursively, so an unbounded depth would overflow their stacks; real
   * formulas stay far below this.
   */
  static final int MAX_DEPTH = 100;

  /** A syntax error at an offset of the expression text. */
  static final class SyntaxError extends Exception {
    final int offset;

    SyntaxError(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  private final String text;
  private int pos;
  /** How many brackets, calls and prefix operators the parser is inside now. */
  private int nesting;
  /** Depth of each composite node built so far; leaves are depth 1. */
  private final Map<Expr, Integer> depths = new IdentityHashMap<>();

  private ExprParser(String text) {
    this.text = text;
  }

  /** Parses a complete expression. */
  static Expr parse(String text) throws SyntaxError {
    ExprParser parser = new ExprParser(text);
    parser.skipSpace();
    if (parser.atEnd()) {
      throw new SyntaxError("empty expression", 0);
    }
    Expr expr = parser.or();
    parser.skipSpace();
    if (!parser.atEnd()) {
      throw new SyntaxError("unexpected '" + parser.tokenHere() + "'", parser.pos);
    }
    return expr;
  }

  private Expr or() throws SyntaxError {
    Expr left = and();
    while (acceptWord("or")) {
      left = binary("or", left, and());
    }
    return left;
  }

  private Expr and() throws SyntaxError {
    Expr left = not();
    while (acceptWord("and")) {
      left = binary("and", left, not());
    }
    return left;
  }

  private Expr not() throws SyntaxError {
    skipSpace();
    int at = pos;
    if (acceptWord("not")) {
      enter(at);
      Expr operand = not();
      nesting--;
      return deeper(new Unary(at, "not", operand), operand);
    }
    return comparison();
  }

  private Expr comparison() throws SyntaxError {
    Expr left = sum();
    String op = acceptAny("==", "!=", "<=", ">=", "<", ">");
    if (op == null) {
      return left;
    }
    Expr result = binary(op, left, sum());
    skipSpace();
    int at = pos;
    if (acceptAny("==", "!=", "<=", ">=", "<", ">") != null) {
      throw new SyntaxError("comparisons cannot be chained; join them with 'and'", at);
    }
    return result;
  }

  private Expr sum() throws SyntaxError {
    Expr left = term();
    for (String op = acceptAny("+", "-"); op != null; op = acceptAny("+", "-")) {
      left = binary(op, left, term());
    }
    return left;
  }

  private Expr term() throws SyntaxError {
    Expr left = unary();
    for (String op = acceptAny("*", "/"); op != null; op = acceptAny("*", "/")) {
      left = binary(op, left, unary());
    }
    return left;
  }

  private Expr unary() throws SyntaxError {
    skipSpace();
    int at = pos;
    if (acceptAny("-") != null) {
      enter(at);
      Expr operand = unary();
      nesting--;
      return deeper(new Unary(at, "-", operand), operand);
    }
    return power();
  }

  private Expr power() throws SyntaxError {
    Expr base = atom();
    int at = pos;
    if (acceptAny("^") != null) {
      enter(at);
      Expr exponent = unary();
      nesting--;
      return binary("^", base, exponent);
    }
    return base;
  }

  private Expr atom() throws SyntaxError {
    skipSpace();
    int at = pos;
    if (atEnd()) {
      throw new SyntaxError("expression ends too early: a value is missing", at);
    }
    char c = text.charAt(pos);
    if (Character.isDigit(c) || c == '.') {
      return number();
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    if (Character.isLetter(c) || c == '_') {
      String name = word();
      if (KEYWORDS.contains(name)) {
        throw new SyntaxError("'" + name + "' needs a value before it", at);
      }
      skipSpace();
      if (!peek('(')) {
        return new Ref(at, name);
      }
      List<Expr> args = arguments();
      return deeper(new Call(at, name, args), args.toArray(Expr[]::new));
    }
    if (c == '(') {
      enter(at);
      pos++;
      Expr inner = or();
      expect(')', "missing ')' to close a '('");
      nesting--;
      return inner;
    }
    throw new SyntaxError("unexpected '" + tokenHere() + "'", at);
  }

  private List<Expr> arguments() throws SyntaxError {
    int open = pos;
    pos++; // '('
    enter(open);
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (peek(')')) {
      pos++;
      nesting--;
      return args;
    }
    do {
      args.add(or());
      skipSpace();
    } while (accept(','));
    if (!peek(')')) {
      throw new SyntaxError(atEnd() ? "missing ')' to close the argument list" : "expected ',' or ')' but found '"
          + tokenHere() + "'", atEnd() ? open : pos);
    }
    pos++;
    nesting--;
    return List.copyOf(args);
  }

  private Expr binary(String op, Expr left, Expr right) throws SyntaxError {
    return deeper(new Binary(left.offset(), op, left, right), left, right);
  }

  /** Records the depth of a new composite node; fails when the tree grows deeper than {@link #MAX_DEPTH}. */
  private Expr deeper(Expr node, Expr... children) throws SyntaxError {
    int depth = 1;
    for (Expr child : children) {
      depth = Math.max(depth, depths.getOrDefault(child, 1) + 1);
    }
    if (depth > MAX_DEPTH) {
      throw tooDeep(node.offset());
    }
    depths.put(node, depth);
    return node;
  }

  /** Steps into a bracket, call or prefix operator; fails before the parser's own recursion gets too deep. */
  private void enter(int at) throws SyntaxError {
    if (++nesting > MAX_DEPTH) {
      throw tooDeep(at);
    }
  }

  private static SyntaxError tooDeep(int at) {
    return new SyntaxError("expression is nested too deeply (more than " + MAX_DEPTH
        + " levels); split it into several outputs", at);
  }

  private Expr number() throws SyntaxError {
    int start = pos;
    while (!atEnd() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (!atEnd() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int mark = pos++;
      if (!atEnd() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (atEnd() || !Character.isDigit(text.charAt(pos))) {
        pos = mark;
      }
      while (!atEnd() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    String literal = text.substring(start, pos);
    if (!literal.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new SyntaxError("malformed number '" + literal + "'", start);
    }
    double value = Double.parseDouble(literal);
    if (Double.isInfinite(value)) {
      throw new SyntaxError("number '" + literal + "' is too large", start);
    }
    return new Num(start, value);
  }

  private Expr string(char quote) throws SyntaxError {
    int start = pos;
    int end = text.indexOf(quote, pos + 1);
    if (end < 0) {
      throw new SyntaxError("string is not closed: add the closing " + quote, start);
    }
    pos = end + 1;
    return new Str(start, text.substring(start + 1, end));
  }

  private String word() {
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private boolean acceptWord(String keyword) {
    skipSpace();
    int end = pos + keyword.length();
    if (text.startsWith(keyword, pos)
        && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
      pos = end;
      return true;
    }
    return false;
  }

  /** Accepts the first operator that matches here (longer ones must come first). */
  private String acceptAny(String... operators) {
    skipSpace();
    for (String op : operators) {
      if (text.startsWith(op, pos)) {
        pos += op.length();
        return op;
      }
    }
    return null;
  }

  private boolean accept(char c) {
    skipSpace();
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c, String message) throws SyntaxError {
    if (!accept(c)) {
      throw new SyntaxError(message, pos);
    }
  }

  private boolean peek(char c) {
    return !atEnd() && text.charAt(pos) == c;
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private String tokenHere() {
    if (atEnd()) {
      return "end of expression";
    }
    int end = pos + 1;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
        && Character.isLetterOrDigit(text.charAt(pos))) {
      end++;
    }
    return text.substring(pos, end);
  }
}
