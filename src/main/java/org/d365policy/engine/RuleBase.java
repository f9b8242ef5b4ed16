package org.d365policy.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.model.Model;

import org.d365policy.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The compiled rules and their catalog. Building is costly (seconds) and the result is safe to share,
 * so the bundled rule base is built once per process; sessions are cheap and made per evaluation.
 */
public final class RuleBase {
    private static final String KFS_PREFIX = "src/main/resources/";
    /** Names the project model of the bundled rules, compiled by the build (see {@link PrecompileRules}), and their hash. */
    static final String PRECOMPILED = "d365policy/precompiled-rules.txt";
    private static RuleBase bundled;

    /**
     * The package of the rules that judge change sets, and the prefix of its subpackages (one per
     * file). They can fire only on facts that describe a change (a step, the state before), yet every
     * user record and license would pass through their joins: a session that judges a snapshot alone
     * is made without them.
     */
    static final String CHANGE_PACKAGE = "d365policy.changes";

    /** The change rules that compare the state after with the state before, as two snapshots also do. */
    static final String STATE_COMPARISON_PACKAGE = CHANGE_PACKAGE + ".outcome";

    static boolean judgesChanges(String pkg) {
        return pkg.equals(CHANGE_PACKAGE) || pkg.startsWith(CHANGE_PACKAGE + ".");
    }

    /**
     * The prefix of the packages (one per file) whose rules judge the tenant as a whole: accounts,
     * subscriptions, invitations and admin roles, all at once, without the environments' records. The
     * rules of {@link #PEOPLE_PACKAGE} judge one person at a time, those of {@link #ENVIRONMENT_PACKAGE}
     * the records of one environment all at once; every other rule about a snapshot judges one record of
     * an environment, with the accounts and group memberships of its own person, so that
     * {@link TenantCheck} can judge each person and each environment, even some people of an environment,
     * apart.
     */
    static final String TENANT_PACKAGE = "d365policy.tenant";
    /**
     * The prefix of the packages whose rules judge one person: the accounts of one UPN and its records in
     * every environment, and nothing of anyone else.
     */
    static final String PEOPLE_PACKAGE = "d365policy.people";
    /**
     * The prefix of the packages whose rules count or compare the records of different people within one
     * environment (how many are non-interactive, which share an applicationId), and nothing of the tenant.
     */
    static final String ENVIRONMENT_PACKAGE = "d365policy.environment";
    /** The package of the rules about waivers: they read the findings of every other rule, so they are judged last. */
    static final String WAIVER_PACKAGE = "d365policy.waivers";

    static boolean judgesTenant(String pkg) {
        return pkg.startsWith(TENANT_PACKAGE + ".");
    }

    static boolean judgesPeople(String pkg) {
        return pkg.startsWith(PEOPLE_PACKAGE + ".");
    }

    static boolean judgesWholeEnvironment(String pkg) {
        return pkg.startsWith(ENVIRONMENT_PACKAGE + ".");
    }

    private final Supplier<KieBase> kieBase;
    private final Supplier<KieBase> snapshotKieBase;
    private final Supplier<RuleParts> parts;
    private final Map<String, RuleInfo> catalog;
    private final RuleSetFingerprint fingerprint;

    private RuleBase(Supplier<KieBase> kieBase, Supplier<KieBase> snapshotKieBase, Supplier<RuleParts> parts,
                     Map<String, RuleInfo> catalog, List<RuleSource> sources, String setHash) {
        this.kieBase = kieBase;
        this.snapshotKieBase = snapshotKieBase;
        this.parts = parts;
        this.catalog = catalog;
        this.fingerprint = new RuleSetFingerprint(setHash, catalog.size(), sources);
    }

    /**
     * The bundled rules, loaded on first use and then shared by the whole process: compiled at build
     * time where the build did so for exactly these rules, else compiled now.
     */
    public static synchronized RuleBase bundled() throws RulesException {
        if (bundled == null) {
            List<RuleSource> sources = RuleFiles.bundled();
            Precompiled precompiled = precompiled(sources);
            bundled = precompiled != null ? load(precompiled.projectModel(), sources, precompiled.setHash()) : build(sources);
        }
        return bundled;
    }

    /** The project model the build compiled from a set of DRL files, and the set's {@link #hash}. */
    private record Precompiled(String projectModel, String setHash) {
    }

    /**
     * The project model compiled from exactly these rules, or null where the build made none (or made it
     * from other rules). The build wrote the rules' {@link #hash} and {@link #checksum} beside it; the
     * checksum tells whether these are those rules (a build that did not compile the rules again after
     * they changed), and the hash, of the DRL the model was compiled from, is then the set's. SHA-256 is
     * not worked out again here: before the JIT has compiled it, the rules' 58 KB took 30-45 ms of a core
     * at every start (BENCHMARKS.md, "What start-up spends its time on").
     */
    private static Precompiled precompiled(List<RuleSource> sources) throws RulesException {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(PRECOMPILED)) {
            if (in == null) return null;
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return lines.length >= 3 && lines[2].trim().equals(checksum(sources))
                    ? new Precompiled(lines[0].trim(), lines[1].trim()) : null;
        } catch (IOException e) {
            throw new RulesException("the precompiled rules cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Builds the rule base from the classes the executable model generated; {@code sources} are the DRL they
     * come from, and {@code setHash} their {@link #hash}.
     */
    private static RuleBase load(String projectModel, List<RuleSource> sources, String setHash) throws RulesException {
        try {
            CanonicalKieModuleModel model = (CanonicalKieModuleModel) Class.forName(projectModel).getDeclaredConstructor().newInstance();
            List<Model> models = model.getModels();
            List<Model> snapshotModels = models.stream().filter(m -> !judgesChanges(m.getPackageName())).toList();
            List<Model> changeModels = models.stream().filter(m -> judgesChanges(m.getPackageName())).toList();
            List<DeclaredRule> declared = new ArrayList<>();
            for (Model m : models) {
                for (org.drools.model.Rule rule : m.getRules()) {
                    declared.add(new DeclaredRule(m.getPackageName(), rule.getName(), rule.getMetaData(), null));
                }
            }
            List<Model> tenantModels = snapshotModels.stream().filter(m -> judgesTenant(m.getPackageName())).toList();
            List<Model> peopleModels = snapshotModels.stream().filter(m -> judgesPeople(m.getPackageName())).toList();
            List<Model> waiverModels = snapshotModels.stream().filter(m -> m.getPackageName().equals(WAIVER_PACKAGE)).toList();
            List<Model> environmentModels = snapshotModels.stream()
                    .filter(m -> !judgesTenant(m.getPackageName()) && !judgesPeople(m.getPackageName())
                            && !m.getPackageName().equals(WAIVER_PACKAGE)).toList();
            List<Model> wholeEnvironmentModels = environmentModels.stream()
                    .filter(m -> judgesWholeEnvironment(m.getPackageName())).toList();
            List<Model> recordModels = environmentModels.stream()
                    .filter(m -> !judgesWholeEnvironment(m.getPackageName())).toList();
            return new RuleBase(once(() -> KieBaseBuilder.createKieBaseFromModel(models)),
                    once(() -> KieBaseBuilder.createKieBaseFromModel(snapshotModels)),
                    once(() -> new RuleParts(KieBaseBuilder.createKieBaseFromModel(tenantModels),
                            KieBaseBuilder.createKieBaseFromModel(peopleModels),
                            KieBaseBuilder.createKieBaseFromModel(environmentModels),
                            () -> KieBaseBuilder.createKieBaseFromModel(recordModels),
                            () -> KieBaseBuilder.createKieBaseFromModel(wholeEnvironmentModels),
                            () -> KieBaseBuilder.createKieBaseFromModel(waiverModels),
                            () -> KieBaseBuilder.createKieBaseFromModel(changeModels))),
                    catalog(declared, Map.of(), sources), sources, setHash);
        } catch (ReflectiveOperationException e) {
            throw new RulesException("the precompiled rules cannot be loaded (" + e + "); rebuild with mvn package", e);
        }
    }

    /** Compiles DRL with the executable model into the bytes of a KieModule. */
    static byte[] compileModule(List<RuleSource> sources) throws RulesException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.d365policy", "bundled-rules", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byPath = write(ks, kfs, sources);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) throw RuleCompileErrors.of(errors, byPath);
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** Identifies a set of DRL files: precompiled rules are used only for exactly the rules they were made from. */
    static String hash(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            eachByteOf(sources, digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * A quick check sum of the same bytes as {@link #hash} (CRC-32, which the JVM computes natively from the
     * start): whether a set of DRL files is the one the build compiled, where a file changed since by mistake
     * (a build that did not compile them again), not by design.
     */
    static String checksum(List<RuleSource> sources) {
        CRC32 crc = new CRC32();
        eachByteOf(sources, crc::update);
        return Long.toHexString(crc.getValue());
    }

    private static final byte[] NUL = {0};

    /** The bytes {@link #hash} and {@link #checksum} are taken of: each file's name, a NUL, its text, a NUL, in order. */
    private static void eachByteOf(List<RuleSource> sources, Consumer<byte[]> sink) {
        for (RuleSource source : sources) {
            sink.accept(source.name().getBytes(StandardCharsets.UTF_8));
            sink.accept(NUL);
            sink.accept(source.text().getBytes(StandardCharsets.UTF_8));
            sink.accept(NUL);
        }
    }

    private static Map<String, RuleSource> write(KieServices ks, KieFileSystem kfs, List<RuleSource> sources) {
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource source = sources.get(i);
            String path = (source.bundled() ? "bundled/" : "custom/") + i + "/" + fileName(source.name());
            byPath.put(path, source);
            kfs.write(ks.getResources().newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(KFS_PREFIX + path).setResourceType(ResourceType.DRL));
        }
        return byPath;
    }

    public static RuleBase build(List<RuleSource> sources) throws RulesException {
        // Two rules of one name in one package would otherwise silently replace each other.
        System.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // The KieRepository is process-wide: every build needs a release id of its own.
        ReleaseId releaseId = ks.newReleaseId("org.d365policy", "rules", "1.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byPath = write(ks, kfs, sources);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) throw RuleCompileErrors.of(errors, byPath);
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        List<DeclaredRule> declared = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                declared.add(new DeclaredRule(pkg.getName(), rule.getName(), rule.getMetaData(),
                        ((RuleImpl) rule).getResource() == null ? null : ((RuleImpl) rule).getResource().getSourcePath()));
            }
        }
        // Built from DRL at run time, the rules are one rule base: a second one without the change rules, or parts,
        // would cost seconds, and an organization's own packages say nothing of what they judge.
        return new RuleBase(() -> kieBase, () -> kieBase, () -> null, catalog(declared, byPath, sources), sources, hash(sources));
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static RuleSource sourceOf(String path, Map<String, RuleSource> byPath) {
        if (path == null) return null;
        String key = path.startsWith(KFS_PREFIX) ? path.substring(KFS_PREFIX.length()) : path;
        return byPath.get(key);
    }

    /** Reads every rule's metadata; a rule without an ID is a derivation, unless it is an organization's own. */
    private static Map<String, RuleInfo> catalog(List<DeclaredRule> declared, Map<String, RuleSource> byPath, List<RuleSource> sources)
            throws RulesException {
        Map<String, RuleSource> byPackage = byPackage(sources);
        Map<String, RuleInfo> catalog = new TreeMap<>();
        Map<String, String> places = new HashMap<>();
        List<DeclaredRule> rules = new ArrayList<>(declared);
        rules.sort(Comparator.comparing(DeclaredRule::pkg).thenComparing(DeclaredRule::name));
        for (DeclaredRule rule : rules) {
            RuleSource source = sourceOf(rule.sourcePath(), byPath);
            if (source == null) source = byPackage.get(rule.pkg());
            String file = source == null ? rule.pkg() : source.name();
            boolean bundled = source != null && source.bundled();
            String at = RuleCompileErrors.place(file, source, rule.name());
            Map<String, Object> meta = rule.meta();
            Object id = meta.get("id");
            if (id == null) {
                if (!bundled) throw new RulesException(at + ": rule \"" + rule.name() + "\" has no @id; "
                        + "every rule of --rules must carry @id, @severity and @title");
                continue;
            }
            Severity severity = Severity.byLabel(String.valueOf(meta.get("severity")));
            if (severity == null) throw new RulesException(at + ": rule \"" + rule.name() + "\" (" + id
                    + ") has @severity " + meta.get("severity") + "; expected error, warning or info");
            if (meta.get("title") == null) throw new RulesException(at + ": rule \"" + rule.name() + "\" ("
                    + id + ") has no @title");
            RuleInfo info = new RuleInfo(id.toString(), severity, meta.get("title").toString(), text(meta, "statement"),
                    text(meta, "source"), text(meta, "profiles"), file, bundled, judgesChanges(rule.pkg()),
                    rule.pkg().equals(STATE_COMPARISON_PACKAGE));
            RuleInfo twin = catalog.put(info.id(), info);
            String twinAt = places.put(info.id(), at);
            if (twin != null) {
                // The custom rule is named: the later one where both are custom, next to where the earlier one is.
                String customAt = info.bundled() ? twinAt : at;
                throw new RulesException(customAt + ": rule ID " + id + " is already used by "
                        + (twin.bundled() && info.bundled() ? "another rule" : twin.bundled() || info.bundled() ? "a bundled rule"
                        : "the rule at " + twinAt) + "; expected an ID of its own");
            }
        }
        return catalog;
    }

    /** A rule as compiled, whichever way: what the catalog needs of it. */
    private record DeclaredRule(String pkg, String name, Map<String, Object> meta, String sourcePath) {
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The file that declares each package, where only one does: how compiled rules are traced back to their file. */
    private static Map<String, RuleSource> byPackage(List<RuleSource> sources) {
        Map<String, RuleSource> byPackage = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (RuleSource source : sources) {
            Matcher m = PACKAGE.matcher(source.text());
            if (!m.find()) continue;
            if (byPackage.put(m.group(1), source) != null) shared.add(m.group(1));
        }
        byPackage.keySet().removeAll(shared);
        return byPackage;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    /** Every rule: for sessions that judge change sets. */
    public KieBase kieBase() {
        return kieBase.get();
    }

    /** Every rule but those of {@link #CHANGE_PACKAGE} and its subpackages: for sessions that judge a snapshot alone. */
    public KieBase snapshotKieBase() {
        return snapshotKieBase.get();
    }

    /**
     * The snapshot rules in parts for {@link TenantCheck}, or null where the rules are one rule base
     * (compiled from DRL at run time): then a snapshot is judged in one session.
     */
    public RuleParts parts() {
        return parts.get();
    }

    /** Made on first use and then kept: a check never pays for the rule base a what-if needs. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) made = make.get();
                return made;
            }
        };
    }

    /** Which rules were loaded, for the evidence of a report. */
    public RuleSetFingerprint fingerprint() {
        return fingerprint;
    }

    /** The rules that report findings, by ID. */
    public Map<String, RuleInfo> catalog() {
        return catalog;
    }
}
