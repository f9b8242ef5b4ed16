package org.d365policy.load;

import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a waivers file with the snapshot's strictness. Every field is required; a waiver of a rule
 * that does not exist, or a second waiver of the same finding, is invalid input too.
 */
public final class WaiverLoader {
    private final DocumentReader reader;

    public WaiverLoader(DocumentReader reader) {
        this.reader = reader;
    }

    public List<Waiver> load(Path file, Set<String> ruleIds) throws InvalidInputException {
        return validate(reader.read(file, file.toString(), WaiverFile.class), file.toString(), ruleIds);
    }

    /** Loads content that is not a file of its own; {@code name} chooses the parser and names it in messages. */
    public List<Waiver> load(byte[] content, String name, Set<String> ruleIds) throws InvalidInputException {
        return validate(reader.read(content, name, WaiverFile.class), name, ruleIds);
    }

    private static List<Waiver> validate(WaiverFile waivers, String name, Set<String> ruleIds) throws InvalidInputException {
        if (waivers.getWaivers() == null) {
            throw new InvalidInputException(name, waivers.getLine(), waivers.getColumn(), "waivers", "missing required field");
        }
        Set<String> seen = new HashSet<>();
        List<Waiver> list = waivers.getWaivers();
        for (int i = 0; i < list.size(); i++) {
            Waiver w = list.get(i);
            String path = "waivers[" + i + "]";
            if (w == null) throw new InvalidInputException(name, waivers.getLine(), waivers.getColumn(), path, "expected a map, found nothing");
            required(name, w, path + ".rule", w.getRule());
            required(name, w, path + ".subject", w.getSubject());
            required(name, w, path + ".reason", w.getReason());
            required(name, w, path + ".approvedBy", w.getApprovedBy());
            required(name, w, path + ".expires", w.getExpires());
            if (w.getReason().isBlank()) throw problem(name, w, path + ".reason", "the reason is empty; expected why the finding is accepted");
            if (!ruleIds.contains(w.getRule())) {
                // Rule IDs are exact, as in the rules' metadata; a waiver written in other letters is named its rule.
                String meant = ruleIds.stream().filter(id -> id.equalsIgnoreCase(w.getRule())).findFirst()
                        .map(id -> "; expected the ID of a rule as written: " + id).orElse("; expected the ID of a rule");
                throw problem(name, w, path + ".rule", "no rule has the ID \"" + w.getRule() + "\"" + meant);
            }
            if (!seen.add(Finding.waiverKey(w.getRule(), w.getSubjectKey()))) {
                throw problem(name, w, path, "a second waiver of " + w.getRule() + " for " + w.getSubject()
                        + "; expected one waiver per rule and subject");
            }
        }
        return list;
    }

    private static void required(String file, Waiver w, String path, Object value) throws InvalidInputException {
        if (value == null) throw problem(file, w, path, "missing required field");
    }

    private static InvalidInputException problem(String file, Waiver w, String path, String problem) {
        return new InvalidInputException(file, w.getLine(), w.getColumn(), path, problem);
    }
}
