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
    @CsvSource({"12, 12", "010, 10", "0010, 10", "09, 9", "019, 19", "+12, 12", "0o17, 15", "0x1F, 31", "0, 0"})
    void integersAreReadAsYaml12Reads(String written, int value) throws Exception {
        // YAML 1.1 read 010 as 8, and 09 and 0o17 as text.
        assertThat(seats(written)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1_000", "0b101", "1:30", "0o19", "0x", "0o"})
    void whatOnlyYaml11ReadsAsANumberIsText(String written) {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> seats(written));
        assertThat(e.getMessage()).contains("subscriptions[0].seats").contains("expected a whole number, found text \"" + written + "\"");
    }

    @org.junit.jupiter.api.Test
    void textTaggedAsTextIsReadAndOtherTagsAreRefusedWhereTheyStand() throws Exception {
        String yaml = "tenant: !!str 2026\nsubscriptions:\n  - sku: A\n    seats: 1\n";
        assertThat(new SnapshotLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").getTenant()).isEqualTo("2026");
        for (String tagged : new String[] {"!!int 010", "!!binary '%%%'", "!custom 3", "!!float 1"}) {
            InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> seats(tagged));
            String tag = tagged.substring(0, tagged.indexOf(' '));
            assertThat(e.getMessage()).as(tagged).contains("line 4, column 12").contains("subscriptions[0].seats")
                    .contains("the YAML tag " + tag + " is not allowed");
        }
        InvalidInputException list = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new SnapshotLoader().load("tenant: c\nsubscriptions: !!seq []\n".getBytes(StandardCharsets.UTF_8), "t.yaml"));
        assertThat(list.getMessage()).contains("the YAML tag !!seq is not allowed");
    }
}
