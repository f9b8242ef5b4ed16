package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * diff reads AFTER and builds the rule base on other threads while it reads BEFORE, yet reports a
 * problem as it did when it did one after the other: BEFORE's first, then AFTER's, then the rules'.
 */
class DiffInvalidInputTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String MISSING_SEATS = "tenant: c\nsubscriptions:\n  - sku: A\n";

    @TempDir
    Path dir;

    private String write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file.toString();
    }

    private static void invalid(CliRun run, String file, String place) {
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains(file).contains(place).contains("missing required field")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err.strip().lines()).as("one paragraph").doesNotContain("");
    }

    @Test
    void aBadBeforeIsNamed() throws Exception {
        String before = write("before.tenant.yaml", MISSING_SEATS);
        invalid(CliRun.of("diff", before, EXAMPLE), before, "subscriptions[0].seats");
    }

    @Test
    void aBadAfterIsNamed() throws Exception {
        String after = write("after.tenant.yaml", MISSING_SEATS);
        invalid(CliRun.of("diff", EXAMPLE, after), after, "subscriptions[0].seats");
    }

    @Test
    void whereBothAreBadBeforeIsNamedAndAfterIsNot() throws Exception {
        String before = write("before.tenant.yaml", MISSING_SEATS);
        String after = write("after.tenant.yaml", "tenant: c\naccounts:\n  - displayName: no upn\n");
        CliRun run = CliRun.of("diff", before, after);
        invalid(run, before, "subscriptions[0].seats");
        assertThat(run.err).doesNotContain(after).doesNotContain("accounts[0].upn");
    }

    @Test
    void aBadAfterComesBeforeRulesThatCannotBeLoaded() throws Exception {
        String after = write("after.tenant.yaml", MISSING_SEATS);
        invalid(CliRun.of("diff", EXAMPLE, after, "--rules", dir.resolve("no-such-folder").toString()), after, "subscriptions[0].seats");
    }

    @Test
    void aBadBeforeOnStandardInputIsNamedBeforeABadAfterFile() throws Exception {
        String after = write("after.tenant.yaml", "tenant: c\naccounts:\n  - displayName: no upn\n");
        CliRun run = CliRun.withInput(MISSING_SEATS, "diff", "-", after);
        invalid(run, "<stdin>", "subscriptions[0].seats");
        assertThat(run.err).doesNotContain(after);
    }
}
