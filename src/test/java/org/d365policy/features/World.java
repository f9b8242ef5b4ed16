package org.d365policy.features;

import io.cucumber.java.Before;

import org.d365policy.model.Finding;

import java.util.List;

/** The state of the running scenario, shared by the step classes; a fresh one before every scenario. */
public final class World {
    private static World current;

    final ScenarioTenant tenant = new ScenarioTenant();
    final java.util.List<java.util.Map<String, Object>> waivers = new java.util.ArrayList<>();
    List<Finding> findings;
    Finding lastFinding;
    java.util.Map<String, String> waived = java.util.Map.of();

    static World current() {
        return current;
    }

    public static final class Hooks {
        @Before(order = 0)
        public void newWorld() {
            current = new World();
        }
    }
}
