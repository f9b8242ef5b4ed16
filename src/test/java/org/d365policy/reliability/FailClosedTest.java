package org.d365policy.reliability;

import org.d365policy.cli.CliRun;
import org.d365policy.gate.TestRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever goes wrong, every command fails closed: rules that do not compile exit 3, an exception
 * inside a rule exits 4, a report that cannot be written exits 2; never 0, never 1, never a stack trace.
 */
class FailClosedTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";

    @TempDir
    static Path dir;
    static Path broken;
    static Path throwing;
    static TestRepository repo;

    @BeforeAll
    static void rulesAndRepository() throws Exception {
        broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("bad.drl"), "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"ACME-1\" @id(\"ACME-1\") @severity(\"error\") @title(\"x\")\nwhen Environment( id == )\nthen\nend\n");
        throwing = Files.createDirectories(dir.resolve("throwing"));
        Files.writeString(throwing.resolve("boom.drl"), "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"ACME-2\" @id(\"ACME-2\") @severity(\"info\") @title(\"x\")\n"
                + "when UserRecord() then throw new IllegalStateException(\"boom\");\nend\n");
        repo = new TestRepository(Files.createDirectories(dir.resolve("repo")));
        repo.write("prod.tenant.yaml", Files.readString(Path.of(EXAMPLE)));
        repo.git("add", "prod.tenant.yaml");
    }

    /** The command, with its inputs, for each command that judges a tenant. */
    private static List<String> command(String name) {
        switch (name) {
            case "what-if": return new ArrayList<>(List.of("what-if", EXAMPLE, "examples/contoso.changes.yaml"));
            case "diff": return new ArrayList<>(List.of("diff", EXAMPLE, EXAMPLE));
            case "gate": return new ArrayList<>(List.of("gate", "--repo", repo.root.toString()));
            case "explain": return new ArrayList<>(List.of("explain", EXAMPLE, "--user", "bob@contoso.com"));
            default: return new ArrayList<>(List.of("check", EXAMPLE));
        }
    }

    private static CliRun run(List<String> args, String... more) {
        args.addAll(Arrays.asList(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "what-if", "diff", "gate", "explain"})
    void rulesThatDoNotCompileExit3(String name) {
        CliRun run = run(command(name), "--rules", broken.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(3);
        assertThat(run.err).contains("bad.drl line 7").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "what-if", "diff", "gate", "explain"})
    void anExceptionInsideARuleExits4(String name) {
        CliRun run = run(command(name), "--rules", throwing.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(4);
        assertThat(run.err).contains("internal error").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "what-if", "diff", "gate", "explain"})
    void aReportThatCannotBeWrittenExits2(String name) {
        CliRun run = run(command(name), "--output", dir.resolve("no/such/folder/report").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--output").contains("cannot be written");
    }
}
