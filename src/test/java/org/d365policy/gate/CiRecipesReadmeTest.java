package org.d365policy.gate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README shows the CI recipes exactly as examples/ci holds them, which CiRecipesIT runs. */
class CiRecipesReadmeTest {
    @Test
    void theReadmeEmbedsEachRecipeWordForWord() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String recipe : new String[] {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"}) {
            String content = Files.readString(Path.of(recipe));
            assertThat(readme).as(recipe + " in README.md").contains("```yaml\n" + content + "```\n");
        }
    }

    @Test
    void theReadmesHookConfigurationNamesTheShippedHook() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String hooks = Files.readString(Path.of(".pre-commit-hooks.yaml"));
        assertThat(hooks).contains("- id: d365-policy-gate").contains("entry: src/main/sh/pre-commit-gate");
        assertThat(readme).contains("      - id: d365-policy-gate\n");
    }
}
