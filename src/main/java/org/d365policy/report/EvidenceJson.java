package org.d365policy.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.engine.RuleSetFingerprint;
import org.d365policy.model.fact.Evaluation;

/** The evidence as JSON: the JSON report's {@code evidence}, and SARIF's {@code run.properties}. */
final class EvidenceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvidenceJson() {
    }

    static ObjectNode of(Evidence evidence) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("tool", Version.TOOL);
        node.put("version", Version.get());
        ArrayNode inputs = node.putArray("inputs");
        for (Evidence.Input input : evidence.inputs()) {
            ObjectNode in = inputs.addObject();
            in.put("role", input.role().label());
            in.put("file", input.file());
            in.put("sha256", input.sha256());
            if (input.judgedWith() != null) {
                in.put("profile", input.judgedWith().getProfile().label());
                in.set("parameters", parameters(input.judgedWith()));
            }
            if (input.provenance() != null) in.set("provenance", input.provenance());
        }
        RuleSetFingerprint rules = evidence.rules();
        ObjectNode r = node.putObject("rules");
        r.put("sha256", rules.sha256());
        r.put("count", rules.count());
        ArrayNode files = r.putArray("files");
        for (RuleSetFingerprint.File f : rules.files()) files.addObject().put("file", f.name()).put("sha256", f.sha256());
        if (evidence.only() == null) {
            node.putNull("only");
        } else {
            ArrayNode only = node.putArray("only");
            evidence.only().stream().sorted().forEach(only::add);
        }
        return node;
    }

    /** Every parameter the rules read, after the profile and the snapshot's policy overrides. */
    static ObjectNode parameters(Evaluation e) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("asOf", e.getAsOf().toString());
        p.put("nonInteractiveLimit", e.getNonInteractiveLimit());
        p.put("invitationHoldDays", e.getInvitationHoldDays());
        p.put("adminsAreSystemAdministrators", e.isAdminsAreSystemAdministrators());
        p.put("teamRolesCount", e.isTeamRolesCount());
        p.put("globalAdminsExemptFromSecurityGroup", e.isGlobalAdminsExemptFromSecurityGroup());
        return p;
    }
}
