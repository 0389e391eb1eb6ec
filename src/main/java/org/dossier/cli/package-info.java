/**
 * The command line of {@code contracts/cli.md}: commands, options, exit codes and help. {@link
 * org.dossier.cli.Main} only hands the arguments to {@link org.dossier.cli.Cli} and exits with its code.
 */
package org.dossier.cli;
