package org.ddworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --passphrase-file} option shared by every command that opens or creates a project. */
final class PassphraseFileOption {
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (instead of DDW_PASSPHRASE or a prompt).")
    Path file;
}
