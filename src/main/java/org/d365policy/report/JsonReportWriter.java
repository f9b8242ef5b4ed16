package org.d365policy.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.d365policy.model.Finding;
import org.d365policy.model.Severity;
import org.d365policy.model.snapshot.Profile;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;

/** The JSON report of cli.md: fields in the documented order, findings sorted, "\n" line ends. */
public final class JsonReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Written as it goes rather than as a tree of nodes first: at a million users the tree of 280,000
     * findings was three million nodes, built and then walked on one thread after the judging.
     */
    public String write(Report report) {
        // About 420 characters a finding at a million users: room for them all at once, within reason.
        StringWriter out = new StringWriter((int) Math.min(1 << 28, 1024L + 450L * report.findings().size()));
        try (JsonGenerator gen = generator(out)) {
            gen.writeStartObject();
            if (report.byFile()) {
                header(gen, null, null, null);
                gen.writeArrayFieldStart("files");
                for (TenantHeader t : report.tenants()) {
                    gen.writeStartObject();
                    gen.writeStringField("file", t.file());
                    gen.writeStringField("tenant", t.tenant());
                    gen.writeStringField("asOf", t.asOf().toString());
                    gen.writeStringField("profile", t.profile().label());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            } else {
                TenantHeader t = report.tenants().get(0);
                header(gen, t.tenant(), t.asOf(), t.profile());
            }
            if (report.evidence() != null) {
                gen.writeFieldName("evidence");
                gen.writeTree(EvidenceJson.of(report.evidence()));
            }
            gen.writeObjectFieldStart("summary");
            for (Severity s : Severity.values()) gen.writeNumberField(s.label(), report.count(s));
            gen.writeNumberField("waived", report.waived());
            gen.writeNumberField("resolved", report.resolved());
            gen.writeEndObject();
            if (!report.notices().isEmpty()) {
                gen.writeArrayFieldStart("notices");
                for (String notice : report.notices()) gen.writeString(notice);
                gen.writeEndArray();
            }
            gen.writeArrayFieldStart("findings");
            for (ReportedFinding f : report.findings()) finding(gen, f);
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return out.append('\n').toString();
    }

    /** A reported finding: the fields of {@link #add}, in its order, then what the report knows about it. */
    private static void finding(JsonGenerator gen, ReportedFinding reported) throws IOException {
        Finding f = reported.finding();
        gen.writeStartObject();
        gen.writeStringField("rule", f.getRule());
        gen.writeStringField("severity", f.getSeverity().label());
        gen.writeStringField("title", f.getTitle());
        gen.writeStringField("subject", f.getSubject());
        gen.writeStringField("message", f.getMessage());
        gen.writeBooleanField("waived", reported.waived());
        if (reported.status() != null) gen.writeStringField("status", reported.status().label());
        if (reported.file() != null) gen.writeStringField("file", reported.file());
        Location at = reported.location();
        if (at == null) {
            gen.writeNullField("location");
        } else {
            gen.writeObjectFieldStart("location");
            gen.writeStringField("file", at.file());
            gen.writeNumberField("line", at.line());
            gen.writeNumberField("column", at.column());
            gen.writeEndObject();
        }
        AppliedWaiver waiver = reported.appliedWaiver();
        if (waiver != null) {
            gen.writeObjectFieldStart("waiver");
            gen.writeStringField("reason", waiver.reason());
            gen.writeStringField("approvedBy", waiver.approvedBy());
            gen.writeStringField("expires", waiver.expires().toString());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    /** A finding as every JSON report writes it (the check's report streams the same fields: {@link #finding}). */
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

    /** The header's fields, written into the object the generator is in: those of every JSON report. */
    private static void header(JsonGenerator gen, String tenant, LocalDate asOf, Profile profile) throws IOException {
        for (Map.Entry<String, JsonNode> field : header(tenant, asOf, profile).properties()) {
            gen.writeFieldName(field.getKey());
            gen.writeTree(field.getValue());
        }
    }

    /** The tool and version, and the tenant, evaluation day and profile where there is one tenant. */
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

    static String toText(JsonNode root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = generator(out)) {
            MAPPER.writeTree(gen, root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return out + "\n";
    }

    /** Two spaces a level, "\n" line ends, a space after each colon: every JSON report's layout. */
    private static JsonGenerator generator(StringWriter out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator gen = MAPPER.getFactory().createGenerator(out);
        gen.setPrettyPrinter(printer);
        return gen;
    }
}
