package org.d365policy.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real git repository in a temporary folder, driven with the git command line. */
public final class TestRepository {
    public final Path root;

    public TestRepository(Path root) throws Exception {
        this(root, true);
    }

    private TestRepository(Path root, boolean init) throws Exception {
        this.root = root;
        if (init) git("init", "-q", "-b", "main");
        git("config", "user.email", "admin@contoso.com");
        git("config", "user.name", "Admin");
        git("config", "commit.gpgsign", "false");
    }

    /** A clone of this repository in {@code target}, made with git clone and the given options (e.g. --depth 1). */
    public TestRepository cloneTo(Path target, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("clone", "-q"));
        args.addAll(List.of(options));
        args.addAll(List.of(root.toUri().toString(), target.toString()));
        git(args.toArray(String[]::new));
        return new TestRepository(target, false);
    }

    /** Writes, stages and commits one file; returns the new commit's ID. */
    public String commit(String path, String content, String... commitOptions) throws Exception {
        write(path, content);
        git("add", path);
        List<String> args = new ArrayList<>(List.of("commit", "-q", "-m", "change " + path));
        args.addAll(List.of(commitOptions));
        git(args.toArray(String[]::new));
        return git("rev-parse", "HEAD").trim();
    }

    public void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public String git(String... args) throws Exception {
        Result r = run(Map.of(), args);
        assertThat(r.exit).as("git %s: %s", String.join(" ", args), r.output).isEqualTo(0);
        return r.output;
    }

    /** Runs git with extra environment variables and returns whatever happened. */
    public Result run(Map<String, String> env, String... args) throws Exception {
        return runCommand(env, "git", args);
    }

    /** Runs a program in the repository's folder with extra environment variables, and returns whatever happened. */
    public Result runCommand(Map<String, String> env, String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    public static final class Result {
        public final int exit;
        public final String output;

        Result(int exit, String output) {
            this.exit = exit;
            this.output = output;
        }
    }
}
