package org.d365policy.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.d365policy.model.Finding;
import org.d365policy.model.Severity;
import org.d365policy.model.snapshot.Profile;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;

/** The JSON report of cli.md: fields in the documented order, findings sorted, "\n" line ends. */
public final class JsonReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String write(Report report) {
        ObjectNode root;
        if (report.byFile()) {
            root = header(null, null, null);
            ArrayNode files = root.putArray("files");
            for (TenantHeader t : report.tenants()) {
                ObjectNode file = files.addObject();
                file.put("file", t.file());
                file.put("tenant", t.tenant());
                file.put("asOf", t.asOf().toString());
                file.put("profile", t.profile().label());
            }
        } else {
            TenantHeader t = report.tenants().get(0);
            root = header(t.tenant(), t.asOf(), t.profile());
        }
        if (report.evidence() != null) root.set("evidence", EvidenceJson.of(report.evidence()));
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) summary.put(s.label(), report.count(s));
        summary.put("waived", report.waived());
        summary.put("resolved", report.resolved());
        if (!report.notices().isEmpty()) {
            ArrayNode notices = root.putArray("notices");
            for (String notice : report.notices()) notices.add(notice);
        }
        ArrayNode findings = root.putArray("findings");
        for (ReportedFinding f : report.findings()) {
            ObjectNode node = add(findings, f.finding());
            node.put("waived", f.waived());
            if (f.status() != null) node.put("status", f.status().label());
            if (f.file() != null) node.put("file", f.file());
            location(node, f.location());
            AppliedWaiver waiver = f.appliedWaiver();
            if (waiver != null) {
                node.putObject("waiver").put("reason", waiver.reason()).put("approvedBy", waiver.approvedBy())
                        .put("expires", waiver.expires().toString());
            }
        }
        return toText(root);
    }

    /** Where the finding's subject (or, for a change rule, its operation) is written; null where nowhere. */
    private static void location(ObjectNode node, Location at) {
        if (at == null) {
            node.putNull("location");
        } else {
            node.putObject("location").put("file", at.file()).put("line", at.line()).put("column", at.column());
        }
    }

    /** A finding as every JSON report writes it. */
    static ObjectNode add(ArrayNode findings, Finding f) {
        ObjectNode node = findings.addObject();
        node.put("rule", f.getRule());
        node.put("severity", f.getSeverity().label());
        node.put("title", f.getTitle());
        node.put("subject", f.getSubject());
        node.put("message", f.getMessage());
        node.put("waived", false);
        return node;
    }

    static ObjectNode header(String tenant, LocalDate asOf, Profile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", Version.TOOL);
        root.put("version", Version.get());
        if (tenant != null) {
            root.put("tenant", tenant);
            root.put("asOf", asOf.toString());
            root.put("profile", profile.label());
        }
        return root;
    }

    static String toText(com.fasterxml.jackson.databind.JsonNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.setPrettyPrinter(printer);
            MAPPER.writeTree(gen, root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return out + "\n";
    }
}
