package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A report, --output's or a --report's, is never written over the run's own input (changes.md: the tools only judge). */
class ReportOverInputTest {
    @TempDir
    Path dir;

    private Path copy(String example) throws Exception {
        Path file = dir.resolve(Path.of(example).getFileName().toString());
        Files.copy(Path.of(example), file);
        return file;
    }

    /** The run is refused with the option and the input named, and the input is as it was. */
    private static void refused(Path input, String option, String... args) throws Exception {
        byte[] before = Files.readAllBytes(input);
        CliRun run = CliRun.of(args);
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).as(run.toString()).contains(option + ": that is " + input + ", an input of this run");
        assertThat(Files.readAllBytes(input)).as(input.toString()).isEqualTo(before);
    }

    @Test
    void aReportReplacingALinkToAnInputLeavesTheInputAlone() throws Exception {
        Path tenant = copy("examples/contoso.tenant.yaml");
        byte[] before = Files.readAllBytes(tenant);
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), tenant.getFileName());
        CliRun run = CliRun.of("check", tenant.toString(), "--report", "json=" + link);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readAllBytes(tenant)).isEqualTo(before);
    }

    @Test
    void noCommandWritesItsReportOverItsInput() throws Exception {
        Path tenant = copy("examples/contoso.tenant.yaml");
        Path changes = copy("examples/contoso.changes.yaml");
        Path waivers = copy("examples/contoso.waivers.yaml");
        String t = tenant.toString();

        refused(tenant, "--output " + t, "check", t, "--format", "json", "--output", t);
        refused(tenant, "--report html=" + t, "check", dir.toString(), "--report", "html=" + t);
        refused(waivers, "--report json=" + waivers, "check", t, "--waivers", waivers.toString(), "--report", "json=" + waivers);
        refused(changes, "--output " + changes, "what-if", t, changes.toString(), "--output", changes.toString());
        refused(tenant, "--report sarif=" + t, "diff", "examples/contoso.tenant.yaml", t, "--report", "sarif=" + t);
        refused(tenant, "--output " + t, "seats", t, "--output", t);
        refused(tenant, "--output " + t, "explain", t, "--user", "alice@contoso.com", "--output", t);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path drl = Files.writeString(rules.resolve("own.drl"), "package acme;\nimport org.d365policy.model.snapshot.*;\n"
                + "rule \"ACME-9\" @id(\"ACME-9\") @severity(\"info\") @title(\"x\") when Environment( id == \"none\" ) then end\n");
        refused(drl, "--report json=" + drl, "check", t, "--rules", rules.toString(), "--report", "json=" + drl);
        refused(drl, "--output " + drl, "rules", "--rules", rules.toString(), "--output", drl.toString());
        Path responses = Files.createDirectories(dir.resolve("responses/graph"));
        Path users = Files.writeString(responses.resolve("users.json"), "{\"value\": []}");
        refused(users, "--output " + users, "import", dir.resolve("responses").toString(), "--output", users.toString());

        // Through a symbolic link, and written as another path to the same file.
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), tenant.getFileName());
        refused(tenant, "--output " + link, "check", t, "--output", link.toString());
        Path roundabout = dir.resolve("./" + tenant.getFileName());
        refused(roundabout, "--output " + t, "check", roundabout.toString(), "--output", t);
        // x/.. through a linked folder x is where the system takes it, not where dropping both parts would.
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        Path x = Files.createSymbolicLink(dir.resolve("x"), deep);
        Files.copy(tenant, dir.resolve("a/t.tenant.yaml"));
        Path viaLink = dir.resolve("x/../t.tenant.yaml");
        refused(dir.resolve("a/t.tenant.yaml"), "--output " + viaLink, "check", dir.resolve("a/t.tenant.yaml").toString(),
                "--format", "json", "--output", viaLink.toString());
        // A hard link is the input under another name, and --output writes through it.
        Path hard = Files.createLink(dir.resolve("hard.json"), tenant);
        refused(tenant, "--output " + hard, "check", t, "--format", "json", "--output", hard.toString());
        assertThat(x).isSymbolicLink();
    }
}
