/**
 * Calculators (DESIGN §5): declarative specs under {@code content/calculators/} are read
 * ({@code SourceTree}, {@code SpecReader}), their expressions parsed and checked once
 * ({@code ExprParser}, {@code SpecCompiler}) into one model ({@code Calculator}) that is both
 * evaluated in Java ({@code Evaluator}, for build-time defaults and tests) and emitted as data
 * for the shared browser runtime ({@code BrowserModule}, {@code runtime.js}). The facade is
 * {@link dev.hanji.calc.Calculators}.
 */
package dev.hanji.calc;
