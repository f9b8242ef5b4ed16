package org.d365policy.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.engine.Link;
import org.d365policy.engine.RecordExplanation;
import org.d365policy.model.Finding;
import org.d365policy.model.derived.EffectiveRole;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.UserRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes what `explain` found, for people (text) or tools (JSON). */
public final class ExplanationWriter {
    private final String tenant;
    private final LocalDate asOf;
    private final Profile profile;
    private final String upn;

    public ExplanationWriter(String tenant, LocalDate asOf, Profile profile, String upn) {
        this.tenant = tenant;
        this.asOf = asOf;
        this.profile = profile;
        this.upn = upn;
    }

    public String text(List<RecordExplanation> explanations) {
        StringBuilder s = new StringBuilder();
        s.append(upn).append(" in tenant ").append(tenant).append(", as of ").append(asOf).append(", profile ")
                .append(profile.label()).append('\n');
        Map<String, Integer> perEnvironment = new HashMap<>();
        for (RecordExplanation e : explanations) perEnvironment.merge(e.record().getEnvironment(), 1, Integer::sum);
        for (RecordExplanation e : explanations) {
            UserRecord r = e.record();
            s.append('\n').append(r.getEnvironment());
            // Two records of one UPN in one environment (USR-002) read alike but for where they are written.
            if (perEnvironment.get(r.getEnvironment()) > 1 && r.getLine() > 0) s.append(" (the record at line ").append(r.getLine()).append(')');
            s.append(": ").append(e.canUse() ? "can use it" : "cannot use it")
                    .append(" (").append(r.getType()).append(", ").append(r.getAccessMode()).append(", business unit ")
                    .append(r.getBusinessUnit()).append(")\n");
            for (Link link : e.chain()) {
                s.append("  ").append(link.satisfied() ? "[yes]" : "[NO] ").append(' ').append(link.name()).append(": ")
                        .append(link.detail()).append('\n');
            }
            if (e.findings().isEmpty()) {
                s.append("  findings: none\n");
            } else {
                s.append("  findings:\n");
                for (Finding f : e.findings()) {
                    s.append("    ").append(f.getRule()).append("  ").append(f.getSeverity().label()).append("  ")
                            .append(f.getSubject()).append("  ").append(f.getMessage()).append('\n');
                }
            }
        }
        return s.toString();
    }

    public String json(List<RecordExplanation> explanations) {
        ObjectNode root = JsonReportWriter.header(tenant, asOf, profile);
        root.put("user", upn);
        ArrayNode records = root.putArray("records");
        for (RecordExplanation e : explanations) {
            UserRecord r = e.record();
            ObjectNode node = records.addObject();
            node.put("environment", r.getEnvironment());
            node.put("type", r.getType().toString());
            node.put("accessMode", r.getAccessMode().toString());
            node.put("enabled", r.isEnabled());
            node.put("businessUnit", r.getBusinessUnit());
            node.put("canUse", e.canUse());
            ArrayNode chain = node.putArray("chain");
            for (Link link : e.chain()) {
                chain.addObject().put("link", link.name()).put("satisfied", link.satisfied()).put("detail", link.detail());
            }
            ArrayNode roles = node.putArray("effectiveRoles");
            for (EffectiveRole role : e.roles()) {
                ObjectNode rn = roles.addObject();
                rn.put("role", role.getRoleId());
                rn.put("name", role.getRoleName());
                rn.put("source", role.getSource().toString());
                rn.put("via", role.getVia());
                if (role.getGroup() != null) rn.put("group", role.getGroup());
                rn.put("grantsData", !role.isAppAccess());
            }
            if (e.standing() == null) {
                node.putNull("securityGroup");
            } else {
                node.putObject("securityGroup").put("group", e.standing().getGroup())
                        .put("standing", e.standing().getStanding().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .put("via", e.standing().getVia());
            }
            ArrayNode findings = node.putArray("findings");
            for (Finding f : e.findings()) JsonReportWriter.add(findings, f);
        }
        return JsonReportWriter.toText(root);
    }
}
