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
 */
public record RuleSetFingerprint(String sha256, int count, List<File> files) {
    /** One DRL file: how reports name it, and the SHA-256 of its UTF-8 text. */
    public record File(String name, String sha256) {
    }

    static RuleSetFingerprint of(String setHash, int count, List<RuleSource> sources) {
        return new RuleSetFingerprint(setHash, count, sources.stream()
                .map(s -> new File(s.name(), sha256(s.text().getBytes(StandardCharsets.UTF_8)))).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
