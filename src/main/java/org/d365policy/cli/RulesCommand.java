package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleInfo;
import org.d365policy.report.CatalogWriter;
import org.d365policy.report.Rulebook;
import org.d365policy.report.Traceability;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalog, read from the rules' own metadata.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, markdown (the catalog with its traceability table) or html (the rulebook with its examples) (default: text).")
    Format format = Format.text;

    @Option(names = "--rules", paramLabel = "DIR", description = "Adds the organization's own DRL rules to the catalog.")
    Path rules;

    @ArgGroup(exclusive = false, heading = "")
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        JudgingOptions judging = new JudgingOptions();
        judging.rules = rules;
        RuleBase ruleBase = judging.ruleBase();
        Collection<RuleInfo> catalog = ruleBase.catalog().values();
        CatalogWriter writer = new CatalogWriter();
        String text = switch (format) {
            case json -> writer.json(catalog);
            case markdown -> writer.markdown(catalog, Traceability.bundled());
            case html -> writer.html(catalog, Rulebook.bundled(), Traceability.bundled());
            case text -> writer.text(catalog);
        };
        output.emit(text, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
