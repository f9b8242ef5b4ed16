package org.d365policy.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The few git commands the gate needs, run in one repository. */
final class Git {
    private final Path repository;

    Git(Path repository) {
        this.repository = repository;
    }

    Path repository() {
        return repository;
    }

    /** The result of a git command: its exit code, standard output as bytes, and standard error. */
    static final class Result {
        final int exit;
        final byte[] out;
        final String err;

        Result(int exit, byte[] out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    Result run(String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        for (String a : args) command.add(a);
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            byte[] out = drain(process.getInputStream());
            int exit = process.waitFor();
            return new Result(exit, out, new String(err.join(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new GitException("git cannot be run (" + e.getMessage() + "); the gate needs git on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
