package org.d365policy.cli;

import picocli.AutoComplete;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bash and zsh completion of the launcher at build time, from the whole command line
 * ({@link Main#commandLine()}): picocli's own generator, given the class, would see no command, since a
 * run adds only the one it runs.
 */
public final class CompletionScript {
    private CompletionScript() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), AutoComplete.bash("d365-policy", Main.commandLine()), StandardCharsets.UTF_8);
    }
}
