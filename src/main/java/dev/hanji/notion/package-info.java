/**
 * Reading Notion-style Markdown exports: a pre-parse pass ({@link dev.hanji.notion.NotionMarkdown})
 * that rewrites the quirks of such exports into clean CommonMark + GFM tables before Flexmark sees them.
 */
package dev.hanji.notion;
