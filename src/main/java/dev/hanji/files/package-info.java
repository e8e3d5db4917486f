/**
 * What every stage shares about files, just above {@code diagnostics}: URL arithmetic on site paths
 * ({@link dev.hanji.files.SitePaths}), files bundled in the generator's jar
 * ({@link dev.hanji.files.BundledResources}), the project's folders ({@link dev.hanji.files.ProjectFolders}) and
 * the sink the site's files are written to ({@link dev.hanji.files.SiteOutput}). The stages above import these,
 * never {@code core}; {@code ArchitectureTest} holds every import to the pipeline's order.
 */
package dev.hanji.files;
