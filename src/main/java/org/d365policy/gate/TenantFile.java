package org.d365policy.gate;

/**
 * A tenant file the gate compares: its path on the side after (the index, or the head commit), and the
 * path of its version before (the same path, the old one for a rename, or null where there is none).
 */
public record TenantFile(String path, String beforePath) {
}
