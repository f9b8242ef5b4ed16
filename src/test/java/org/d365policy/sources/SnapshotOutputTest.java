package org.d365policy.sources;

import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What import and pull write reads back as it was meant. */
class SnapshotOutputTest {
    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeANumberIsWrittenSoThatItReadsBackAsText() throws Exception {
        Map<String, Object> snapshot = Map.of("tenant", "2026", "asOf", "2026-11-22",
                "groups", List.of(Map.of("id", "0a1b2c3d-1111-2222-3333-444455556666", "members", List.of())),
                "subscriptions", List.of(Map.of("sku", "0x1F", "seats", 3)),
                "accounts", List.of(Map.of("upn", "a@c.com", "displayName", "010")),
                "environments", List.of(Map.of("id", "0o17", "businessUnits", List.of(Map.of("id", "+12")), "roles", List.of(),
                        "users", List.of(Map.of("upn", "a@c.com", "businessUnit", "+12", "roles", List.of())))));
        Path output = dir.resolve("t.tenant.yaml");
        byte[] written = SnapshotOutput.render(snapshot, output, "responses");
        String yaml = new String(written, StandardCharsets.UTF_8);
        assertThat(yaml).contains("tenant: \"2026\"").contains("seats: 3");
        // Dates and GUIDs read back as text unquoted, and stay as they were written before.
        assertThat(yaml).contains("asOf: 2026-11-22").contains("id: 0a1b2c3d-1111-2222-3333-444455556666");
        Tenant tenant = SnapshotOutput.load(written, output);
        assertThat(tenant.getTenant()).isEqualTo("2026");
        assertThat(tenant.getSubscriptions().get(0).getSku()).isEqualTo("0x1F");
        assertThat(tenant.getAccounts().get(0).getDisplayName()).isEqualTo("010");
        assertThat(tenant.getEnvironments().get(0).getId()).isEqualTo("0o17");
        assertThat(tenant.getEnvironments().get(0).getBusinessUnits().get(0).getId()).isEqualTo("+12");
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAsSuch() {
        Path output = dir.resolve("missing/out.tenant.yaml");
        var e = assertThrows(org.d365policy.load.InvalidInputException.class,
                () -> SnapshotOutput.write("tenant: c\n".getBytes(StandardCharsets.UTF_8), output));
        assertThat(e.getMessage()).contains("--output " + output).contains("its folder does not exist").doesNotContain(".partial");
    }
}
