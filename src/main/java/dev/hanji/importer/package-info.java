/**
 * Importing a Notion-style Korean note into site pages: splitting at top-level sections, front
 * matter, ASCII slugs, attachments, and typo warnings. {@link dev.hanji.importer.NoteImporter} is
 * the entry point the Maven goal {@code site:import} and the CLI {@code import} call.
 */
package dev.hanji.importer;
