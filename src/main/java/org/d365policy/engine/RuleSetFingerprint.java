package org.d365policy.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Which rules a run loaded, so that an auditor can tell two runs' rules apart: the SHA-256 of the
 * whole set (each file's name, a NUL, its text, a NUL, in load order: bundled files, then --rules),
 * the number of rules that report findings, and each file's own SHA-256.
 *
 * <p>The files' own hashes are worked out when a report first asks for them: only the JSON and SARIF
 * reports list them, and hashing the rules' text as a small check starts is work the JIT has not yet
 * made quick (BENCHMARKS.md, "What start-up spends its time on").
 */
public final class RuleSetFingerprint {
    /** One DRL file: how reports name it, and the SHA-256 of its UTF-8 text. */
    public record File(String name, String sha256) {
    }

    private final String sha256;
    private final int count;
    private final List<RuleSource> sources;
    private List<File> files;

    RuleSetFingerprint(String setHash, int count, List<RuleSource> sources) {
        this.sha256 = setHash;
        this.count = count;
        this.sources = List.copyOf(sources);
    }

    /** The SHA-256 of the whole set. */
    public String sha256() {
        return sha256;
    }

    /** How many rules report findings. */
    public int count() {
        return count;
    }

    /** Each file, in load order, with its own SHA-256. */
    public synchronized List<File> files() {
        if (files == null) {
            files = sources.stream().map(s -> new File(s.name(), sha256(s.text().getBytes(StandardCharsets.UTF_8)))).toList();
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
