package org.d365policy.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain numbers are read by YAML 1.2's core schema (tenant-format.md), not by the YAML 1.1 rules SnakeYAML resolves with. */
class YamlCoreSchemaTest {
    private static int seats(String written) throws InvalidInputException {
        String yaml = "tenant: c\nsubscriptions:\n  - sku: A\n    seats: " + written + "\n";
        return new SnapshotLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").getSubscriptions().get(0).getSeats();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"12, 12", "010, 10", "0010, 10", "+12, 12", "0o17, 15", "0x1F, 31", "0, 0"})
    void integersAreReadAsYaml12Reads(String written, int value) throws Exception {
        // YAML 1.1 read 010 as 8 and refused 0o17.
        assertThat(seats(written)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1_000", "0b101", "1:30", "0o19", "0x", "0o"})
    void whatOnlyYaml11ReadsAsANumberIsText(String written) {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> seats(written));
        assertThat(e.getMessage()).contains("subscriptions[0].seats").contains("expected a whole number, found text \"" + written + "\"");
    }
}
