package org.d365policy.change;

import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.change.Operation;
import org.d365policy.model.snapshot.AdminRole;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a change set with the snapshot's strictness, and checks each operation's fields against
 * its schema ({@link Operation}). Whether an operation can apply to the tenant is checked when it is applied.
 */
public final class ChangeSetLoader {
    private final DocumentReader reader;

    public ChangeSetLoader(DocumentReader reader) {
        this.reader = reader;
    }

    public ChangeSet load(Path file) throws InvalidInputException {
        return prepare(reader.read(file, file.toString(), ChangeSet.class), file.toString());
    }

    /** Loads content that is not a file of its own; {@code name} chooses the parser and names it in messages. */
    public ChangeSet load(byte[] content, String name) throws InvalidInputException {
        return prepare(reader.read(content, name, ChangeSet.class), name);
    }

    private static ChangeSet prepare(ChangeSet changeSet, String name) throws InvalidInputException {
        changeSet.normalize();
        validate(changeSet, name);
        return changeSet;
    }

    private static void validate(ChangeSet changeSet, String file) throws InvalidInputException {
        if (changeSet.getActor() == null) throw problem(file, changeSet.getLine(), changeSet.getColumn(), "actor", "missing required field");
        if (changeSet.getChanges() == null) {
            throw problem(file, changeSet.getLine(), changeSet.getColumn(), "changes", "missing required field; expected a list of operations");
        }
        List<Change> changes = changeSet.getChanges();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String path = "changes[" + i + "]";
            if (c == null) throw problem(file, changeSet.getLine(), changeSet.getColumn(), path, "expected a map, found nothing");
            if (c.getOp() == null) throw problem(file, c.getLine(), c.getColumn(), path + ".op", "missing required field");
            Set<String> allowed = new LinkedHashSet<>(c.getOp().requiredFields());
            allowed.addAll(c.getOp().optionalFields());
            Map<String, Object> given = c.given();
            for (String field : given.keySet()) {
                if (!allowed.contains(field)) {
                    throw problem(file, c.getLine(), c.getColumn(), path + "." + field, "field \"" + field + "\" is not used by "
                            + c.getOp() + "; expected only " + String.join(", ", allowed));
                }
            }
            for (String field : c.getOp().requiredFields()) {
                if (!given.containsKey(field)) {
                    throw problem(file, c.getLine(), c.getColumn(), path + "." + field, "missing required field of " + c.getOp());
                }
            }
            if (c.getSeats() != null && c.getSeats() < 0) {
                throw problem(file, c.getLine(), c.getColumn(), path + ".seats", "expected a whole number of at least 0, found " + c.getSeats());
            }
            if ((c.getOp() == Operation.ASSIGN_ADMIN_ROLE || c.getOp() == Operation.REMOVE_ADMIN_ROLE) && adminRole(c.getRole()) == null) {
                throw problem(file, c.getLine(), c.getColumn(), path + ".role", "expected one of global, billing, password, service, "
                        + "user-management, found \"" + c.getRole() + "\"");
            }
            distinct(file, c, path + ".licenses", c.getLicenses());
            distinct(file, c, path + ".adminRoles", c.getAdminRoles());
            if (c.getRoles() != null) distinct(file, c, path + ".roles", c.getRoles());
        }
    }

    /** The admin role of a label as changes.md writes it, or null. */
    public static AdminRole adminRole(String label) {
        for (AdminRole role : AdminRole.values()) {
            if (role.toString().equals(label)) return role;
        }
        return null;
    }

    private static void distinct(String file, Change c, String path, List<?> items) throws InvalidInputException {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) throw problem(file, c.getLine(), c.getColumn(), path + "[" + i + "]", "expected a value, found nothing");
            if (!seen.add(items.get(i))) {
                throw problem(file, c.getLine(), c.getColumn(), path + "[" + i + "]", "\"" + items.get(i) + "\" is given twice; expected each item once");
            }
        }
    }

    private static InvalidInputException problem(String file, int line, int column, String path, String problem) {
        return new InvalidInputException(file, line, column, path, problem);
    }
}
