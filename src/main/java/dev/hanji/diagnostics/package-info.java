/**
 * The bottom of the house: how every stage reports a problem. A {@link dev.hanji.diagnostics.Diagnostic} is a
 * value ({@code file:line:column: what — how to fix}), {@link dev.hanji.diagnostics.Diagnostics} collects them
 * so that one build lists them all, and {@link dev.hanji.diagnostics.EditDistance} finds the "did you mean".
 * Imports nothing of Hanji.
 */
package dev.hanji.diagnostics;
