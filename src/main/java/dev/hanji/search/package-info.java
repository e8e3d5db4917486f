/**
 * Client-side search: the Korean-aware analyser ({@link dev.hanji.search.KoreanAnalyzer}), the
 * per-language index written at build time ({@link dev.hanji.search.SearchIndexWriter}) and the
 * browser script that loads it on demand and answers queries with the same analysis.
 */
package dev.hanji.search;
