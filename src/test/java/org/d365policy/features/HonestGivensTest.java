package org.d365policy.features;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value a When or Then depends on is in a Given (style review, topic 5): each feature's Background
 * states the defaults the step definitions would otherwise apply silently.
 */
class HonestGivensTest {
    private static final List<String> EVERY_FEATURE = List.of(
            "the tenant is judged on ",
            "every subscription, D365_CE_PLAN among them, has ",
            "every environment has the business unit root with these predefined roles:",
            "a person's user record holds ");

    @Test
    void everyFeatureStatesTheDefaultsInItsBackground() throws Exception {
        List<Path> features;
        try (Stream<Path> files = Files.list(Path.of("features"))) {
            features = files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        assertThat(features).isNotEmpty();
        for (Path feature : features) {
            String background = featureBackground(Files.readString(feature));
            assertThat(background).as("%s has a feature-level Background", feature).isNotEmpty();
            for (String given : EVERY_FEATURE) assertThat(background).as("%s states: %s", feature, given).contains(given);
            if (Files.readString(feature).contains("is an application user in")) {
                assertThat(background).as("%s states the application users' custom role", feature)
                        .contains("an application user holds the custom role ");
            }
        }
    }

    /** The text from "Background:" up to the first rule, tag or scenario of the feature; empty without one. */
    static String featureBackground(String feature) {
        int start = feature.indexOf("\n  Background:");
        if (start < 0) return "";
        int end = feature.length();
        for (String marker : new String[] {"\n  @", "\n  Rule:", "\n  Scenario:", "\n  Example:"}) {
            int at = feature.indexOf(marker, start + 1);
            if (at > 0) end = Math.min(end, at);
        }
        return feature.substring(start, end);
    }
}
