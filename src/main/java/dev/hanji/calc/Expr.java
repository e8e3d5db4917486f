package dev.hanji.calc;

import java.util.List;

/**
 * The expression language's syntax tree. Each node keeps the offset of its first character in
 * the expression text, so type and name errors point at the right column of the spec file.
 */
sealed interface Expr {
  int offset();

  /** A number literal. */
  record Num(int offset, double value) implements Expr {
  }

  /** A string literal (for text outputs and comparisons with choice inputs). */
  record Str(int offset, String value) implements Expr {
  }

  /** A reference to an input or an output. */
  record Ref(int offset, String name) implements Expr {
  }

  /** {@code -x} or {@code not x}. */
  record Unary(int offset, String op, Expr operand) implements Expr {
  }

  /** Arithmetic, comparison or logic with two operands. */
  record Binary(int offset, String op, Expr left, Expr right) implements Expr {
  }

  /** A function call, {@code if(c, a, b)} included. */
  record Call(int offset, String function, List<Expr> args) implements Expr {
  }

  /** Value types; every expression has exactly one. */
  enum Type {
    NUMBER("a number"), BOOLEAN("true/false"), TEXT("text");

    final String words;

    Type(String words) {
      this.words = words;
    }
  }
}
