package org.d365policy.cli;

import picocli.CommandLine.Option;

/** Options of the commands that compare a tenant before and after a change. */
final class ComparisonOptions {
    @Option(names = "--strict", description = "Unchanged findings at or above --fail-on fail the run too.")
    boolean strict;
}
