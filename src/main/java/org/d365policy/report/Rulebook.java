package org.d365policy.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.Tag;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rulebook of features/, bundled into the jar by the build, read with Cucumber's own Gherkin
 * parser: for each rule ID (the tag of a {@code Rule:}), the Givens that stand before its examples
 * (the feature's and the rule's {@code Background}) and every example with its steps.
 */
public final class Rulebook {
    static final String BUNDLED_FOLDER = "d365policy/features";

    /** One step: keyword and text, and its data table's rows if it has one. */
    public record StepLine(String keyword, String text, List<List<String>> table) {
    }

    /** One example (or scenario). */
    public record Example(String keyword, String name, List<StepLine> steps) {
    }

    /** The Gherkin of one rule ID: where it is written, its title there, the background and the examples. */
    public record RuleScenarios(String feature, String name, List<StepLine> background, List<Example> examples) {
    }

    private final Map<String, RuleScenarios> byRule;

    private Rulebook(Map<String, RuleScenarios> byRule) {
        this.byRule = byRule;
    }

    /** The scenarios of a rule ID, or null where the rulebook has none (an organization's own rule). */
    public RuleScenarios of(String ruleId) {
        return byRule.get(ruleId);
    }

    public Map<String, RuleScenarios> all() {
        return Collections.unmodifiableMap(byRule);
    }

    /** The rulebook as the build bundled it. */
    public static Rulebook bundled() throws IOException {
        URL url = Rulebook.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) throw new IOException("the rulebook is missing from the build (" + BUNDLED_FOLDER + ")");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
                    return read(jar.getPath(BUNDLED_FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("the rulebook cannot be found: " + e.getMessage(), e);
        }
    }

    /** Every .feature file below {@code folder}. */
    public static Rulebook read(Path folder) throws IOException {
        Map<String, RuleScenarios> byRule = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".feature")).sorted().toList();
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            List<Envelope> envelopes = parser.parse(name, Files.readAllBytes(file)).toList();
            for (Envelope envelope : envelopes) {
                if (envelope.getParseError().isPresent()) {
                    throw new IOException("features/" + name + ": " + envelope.getParseError().get().getMessage());
                }
                envelope.getGherkinDocument().flatMap(d -> d.getFeature())
                        .ifPresent(feature -> collect("features/" + name, feature, byRule));
            }
        }
        return new Rulebook(byRule);
    }

    private static void collect(String file, Feature feature, Map<String, RuleScenarios> byRule) {
        List<StepLine> featureBackground = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getBackground().ifPresent(b -> featureBackground.addAll(steps(b)));
        }
        for (FeatureChild child : feature.getChildren()) {
            if (child.getRule().isEmpty()) continue;
            Rule rule = child.getRule().get();
            String id = rule.getTags().stream().map(Tag::getName).filter(t -> t.matches("@[A-Z]+-\\d{3}"))
                    .map(t -> t.substring(1)).findFirst().orElse(null);
            if (id == null) continue;
            List<StepLine> background = new ArrayList<>(featureBackground);
            List<Example> examples = new ArrayList<>();
            for (RuleChild rc : rule.getChildren()) {
                rc.getBackground().ifPresent(b -> background.addAll(steps(b)));
                rc.getScenario().ifPresent(s -> examples.add(example(s)));
            }
            byRule.put(id, new RuleScenarios(file, rule.getName(), background, examples));
        }
    }

    private static List<StepLine> steps(Background background) {
        return background.getSteps().stream().map(Rulebook::step).toList();
    }

    private static Example example(Scenario scenario) {
        return new Example(scenario.getKeyword(), scenario.getName(), scenario.getSteps().stream().map(Rulebook::step).toList());
    }

    private static StepLine step(Step step) {
        List<List<String>> table = new ArrayList<>();
        step.getDataTable().ifPresent(t -> {
            for (TableRow row : t.getRows()) table.add(row.getCells().stream().map(TableCell::getValue).toList());
        });
        return new StepLine(step.getKeyword().trim(), step.getText(), table);
    }
}
