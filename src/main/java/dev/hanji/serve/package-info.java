/**
 * The preview server behind {@code mvn site:serve} and {@code hanji-cli serve}: builds the site in memory,
 * serves the last good build on 127.0.0.1, rebuilds when sources change and tells open pages to reload
 * (or shows the build errors over the page). {@link dev.hanji.serve.PreviewServer} is the one entry point.
 */
package dev.hanji.serve;
