package org.d365policy.cli;

import org.d365policy.engine.RuleInfo;
import org.d365policy.report.CatalogWriter;
import org.d365policy.report.Rulebook;
import org.d365policy.report.Traceability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Collection;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalog, read from the rules' own metadata.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: markdown is the catalog with its traceability table, html the rulebook with its examples (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.refuseInputs(rules.files());
        Collection<RuleInfo> catalog = rules.ruleBase().catalog().values();
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
