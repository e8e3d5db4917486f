/**
 * Client-side search: the Korean-aware analyser ({@link dev.hanji.search.KoreanAnalyzer}), the
 * per-language index written at build time in shards ({@link dev.hanji.search.SearchIndexWriter}: a manifest,
 * runs of sorted terms, one data file per page) and the browser script that answers queries with the same
 * analysis, fetching only the manifest, the shards of the query's terms and the data of the results it shows.
 */
package dev.hanji.search;
