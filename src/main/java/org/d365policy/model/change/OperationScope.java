package org.d365policy.model.change;

/**
 * Where the right to make an operation comes from (changes.md): a Microsoft 365 admin role for the
 * directory (CHG-001), System Administrator inside the environment (CHG-002).
 */
public enum OperationScope {
    DIRECTORY, ENVIRONMENT
}
