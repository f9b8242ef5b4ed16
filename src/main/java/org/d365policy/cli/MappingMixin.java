package org.d365policy.cli;

import org.d365policy.model.snapshot.Profile;
import org.d365policy.sources.mapping.MappingOptions;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How import and pull map what they read: the SKU catalog, environment types, and what the snapshot's header says. */
final class MappingMixin {
    @Option(names = "--skus", paramLabel = "REGEX", description = "The SKU part numbers that are Customer Engagement seat pools, "
            + "replacing the catalog of known user-license SKUs (README).")
    String skus;

    @Option(names = "--environment-type", paramLabel = "ID=TYPE", description = "An environment's type, customer-engagement or "
            + "power-apps, where what the APIs show would decide otherwise (repeatable).")
    Map<String, String> environmentTypes = new LinkedHashMap<>();

    @Option(names = "--tenant-name", paramLabel = "NAME", description = "The snapshot's tenant name (default: the organization's "
            + "display name from Graph, else the folder's name).")
    String tenantName;

    // Parsed as check parses them, so that a mistyped day or profile is a usage error before pull makes its
    // first request, not a failure of "the responses" after the last.
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day the snapshot is to be judged on, written into it.")
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.ProfileName.class,
            description = "The profile written into the snapshot: ce-v9 or dataverse-2025.")
    Profile profile;

    MappingOptions options() throws UsageException {
        Pattern pattern = null;
        if (skus != null) {
            try {
                pattern = Pattern.compile(skus);
            } catch (PatternSyntaxException e) {
                throw new UsageException("--skus " + skus + ": not a valid regular expression (" + e.getDescription() + " near index "
                        + e.getIndex() + ")");
            }
        }
        for (Map.Entry<String, String> type : environmentTypes.entrySet()) {
            if (!type.getValue().equals("customer-engagement") && !type.getValue().equals("power-apps")) {
                throw new UsageException("--environment-type " + type.getKey() + "=" + type.getValue()
                        + ": expected customer-engagement or power-apps");
            }
        }
        return new MappingOptions(pattern, environmentTypes, tenantName, asOf == null ? null : asOf.toString(),
                profile == null ? null : profile.label());
    }
}
