package org.d365policy.load;

import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.nio.file.Path;

/** Reads a tenant snapshot (tenant-format.md), rejects invalid input, and fills the documented defaults. */
public final class SnapshotLoader {
    private final DocumentReader reader;

    public SnapshotLoader() {
        this(new DocumentReader());
    }

    public SnapshotLoader(DocumentReader reader) {
        this.reader = reader;
    }

    public Tenant load(Path file) throws InvalidInputException {
        return prepare(reader.read(file, file.toString(), Tenant.class), file.toString());
    }

    /** Loads content kept elsewhere (a git blob); {@code name} chooses the parser and names the file in messages. */
    public Tenant load(byte[] content, String name) throws InvalidInputException {
        return prepare(reader.read(content, name, Tenant.class), name);
    }

    /** Loads content with no file name of its own (standard input), in the given format. */
    public Tenant load(byte[] content, String name, DocumentFormat format) throws InvalidInputException {
        return prepare(reader.read(content, name, format, Tenant.class), name);
    }

    private static Tenant prepare(Tenant tenant, String name) throws InvalidInputException {
        tenant.fillDefaults();
        for (int i = 0; i < tenant.getAccounts().size(); i++) {
            if (tenant.getAccounts().get(i) != null) tenant.getAccounts().get(i).normalize(i);
        }
        for (Invitation invitation : tenant.getInvitations()) {
            if (invitation != null) invitation.normalize();
        }
        for (Group group : tenant.getGroups()) {
            if (group != null) group.normalize();
        }
        for (Environment environment : tenant.getEnvironments()) {
            if (environment != null) environment.normalize();
        }
        new SnapshotValidator(name).validate(tenant);
        for (Subscription subscription : tenant.getSubscriptions()) subscription.fillDefaults();
        for (Environment environment : tenant.getEnvironments()) {
            for (UserRecord user : environment.getUsers()) user.fillDefaults();
        }
        return tenant;
    }
}
