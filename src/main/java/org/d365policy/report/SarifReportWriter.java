package org.d365policy.report;

import com.contrastsecurity.sarif.Artifact;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Hashes;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Role;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.engine.RuleInfo;
import org.d365policy.model.Finding;
import org.d365policy.model.Severity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 for code-scanning services: a `rules[]` entry per rule that appears, and a result per
 * finding with its level, the line of its subject, the subject as a logical location, a fingerprint
 * that stays the same from run to run, its baseline state in comparisons, and its waiver.
 */
public final class SarifReportWriter {
    static final String FINGERPRINT = "d365Finding/v1";
    private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, RuleInfo> catalog;

    public SarifReportWriter(Map<String, RuleInfo> catalog) {
        this.catalog = catalog;
    }

    /**
     * The run's exit code and whether every snapshot was judged, with the notices: a snapshot left unjudged is
     * an error notification (a code-scanning service shows it beside the results), any other notice a note.
     */
    private static Invocation invocation(Report report) {
        Invocation invocation = new Invocation().withExecutionSuccessful(report.unjudged().isEmpty()).withExitCode(report.exitCode());
        List<Notification> notifications = new ArrayList<>();
        for (String notice : report.otherNotices()) notifications.add(notification(Notification.Level.NOTE, notice));
        for (UnjudgedInput u : report.unjudged()) notifications.add(notification(Notification.Level.ERROR, u.notice()));
        return notifications.isEmpty() ? invocation : invocation.withToolExecutionNotifications(notifications);
    }

    private static Notification notification(Notification.Level level, String text) {
        return new Notification().withLevel(level).withMessage(new Message().withText(text));
    }

    public String write(Report report) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (String id : new TreeSet<>(ruleIds(report))) {
            ruleIndex.put(id, ruleIndex.size());
            rules.add(descriptor(id));
        }
        List<Result> results = new ArrayList<>();
        for (ReportedFinding f : report.findings()) results.add(result(f, ruleIndex.get(f.finding().getRule())));
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent().withName(Version.TOOL).withVersion(Version.get())
                        .withSemanticVersion(Version.get()).withInformationUri(absolute(Version.home())).withRules(rules)))
                .withInvocations(List.of(invocation(report)))
                .withResults(results);
        if (report.evidence() != null) {
            run.withArtifacts(artifacts(report.evidence()))
                    .withProperties(new PropertyBag().withAdditionalProperty("d365Policy", EvidenceJson.of(report.evidence())));
        }
        SarifSchema210 log = new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        return JsonReportWriter.toText((ObjectNode) MAPPER.valueToTree(log));
    }

    /**
     * Each input file with its SHA-256; a version kept by git ({@code HEAD:path}, {@code origin/main:path}) is no file a
     * URI can name, so only the evidence has it.
     */
    private static Set<Artifact> artifacts(Evidence evidence) {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (Evidence.Input input : evidence.inputs()) {
            if (input.versionInGit()) continue;
            Artifact artifact = new Artifact().withLocation(new ArtifactLocation().withUri(uri(input.file())))
                    .withHashes(new Hashes().withAdditionalProperty("sha-256", input.sha256()))
                    .withProperties(new PropertyBag().withAdditionalProperty("role", input.role().label()));
            if (input.judgedWith() != null) artifact.withRoles(Set.of(Role.ANALYSIS_TARGET));
            artifacts.add(artifact);
        }
        return artifacts;
    }

    private static Set<String> ruleIds(Report report) {
        Set<String> ids = new TreeSet<>();
        for (ReportedFinding f : report.findings()) ids.add(f.finding().getRule());
        return ids;
    }

    private ReportingDescriptor descriptor(String id) {
        RuleInfo rule = catalog.get(id);
        ReportingDescriptor d = new ReportingDescriptor().withId(id);
        if (rule == null) return d;
        StringBuilder help = new StringBuilder(rule.statement() == null ? rule.title() : rule.statement());
        if (rule.profiles() != null) help.append("\nProfiles: ").append(rule.profiles());
        if (rule.source() != null) help.append("\nSource: ").append(rule.source());
        if (rule.bundled() && absolute(Version.catalog()) != null) {
            d.withHelpUri(absolute(Version.catalog() + "#" + id.toLowerCase(Locale.ROOT)));
        }
        return d.withName(pascalCase(rule.title()))
                .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                .withFullDescription(new MultiformatMessageString().withText(rule.statement() == null ? rule.title() : rule.statement()))
                .withHelp(new MultiformatMessageString().withText(help.toString()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(rule.severity())));
    }

    /**
     * The friendly name code scanning shows next to the ID, in the PascalCase form SARIF's own checks ask
     * for (SARIF2012): "Not in the environment's security group" is NotInTheEnvironmentsSecurityGroup.
     * One-letter words ("a") are left out, since two capitals in a row are not PascalCase.
     */
    static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.replace("'", "").replace("\u2019", "").split("[^\\p{Alnum}]+")) {
            if (word.isEmpty() || (word.length() == 1 && !name.isEmpty())) continue;
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** An absolute http(s) address, or null: SARIF wants absolute URIs there, and a build without one gives none. */
    private static URI absolute(String address) {
        if (address == null || address.isBlank()) return null;
        try {
            URI uri = new URI(address);
            return uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The fingerprint: rule and subject, and in the gate the file, since one repository holds several
     * tenants whose subjects may coincide. No line number: an edit elsewhere in the file must not make
     * the same finding look new.
     */
    static String fingerprint(ReportedFinding reported) {
        Finding f = reported.finding();
        return sha256(f.getRule() + "|" + f.getSubject() + (reported.file() == null ? "" : "|" + reported.file()));
    }

    private static Result result(ReportedFinding reported, Integer index) {
        Finding f = reported.finding();
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT, fingerprint(reported));
        com.contrastsecurity.sarif.Location location = new com.contrastsecurity.sarif.Location()
                .withLogicalLocations(Set.of(new LogicalLocation().withFullyQualifiedName(f.getSubject())
                        .withName(f.getSubject().substring(f.getSubject().indexOf(':') + 1))
                        .withKind(f.getSubject().substring(0, f.getSubject().indexOf(':')))));
        Location at = reported.location();
        if (at != null && at.file() != null) {
            location.withPhysicalLocation(new PhysicalLocation()
                    .withArtifactLocation(new ArtifactLocation().withUri(uri(at.file())))
                    .withRegion(new Region().withStartLine(at.line()).withStartColumn(Math.max(1, at.column()))));
        }
        Result result = new Result().withRuleId(f.getRule()).withRuleIndex(index).withLevel(level(f.getSeverity()))
                .withMessage(new Message().withText(f.getMessage())).withLocations(List.of(location))
                .withPartialFingerprints(fingerprints);
        if (reported.status() != null) result.withBaselineState(baseline(reported.status()));
        if (reported.waived()) {
            result.withSuppressions(Set.of(new Suppression().withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED).withJustification(reported.waiver())));
        }
        return result;
    }

    /** A relative path stays relative (to the repository, for code scanning); an absolute one becomes a file URI. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) return path.toUri().toString();
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.toUri().toString();
        }
    }

    private static Result.BaselineState baseline(Status status) {
        switch (status) {
            case INTRODUCED: return Result.BaselineState.NEW;
            case RESOLVED: return Result.BaselineState.ABSENT;
            default: return Result.BaselineState.UNCHANGED;
        }
    }

    private static Result.Level level(Severity severity) {
        return severity == Severity.ERROR ? Result.Level.ERROR : severity == Severity.WARNING ? Result.Level.WARNING : Result.Level.NOTE;
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        return severity == Severity.ERROR ? ReportingConfiguration.Level.ERROR
                : severity == Severity.WARNING ? ReportingConfiguration.Level.WARNING : ReportingConfiguration.Level.NOTE;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
