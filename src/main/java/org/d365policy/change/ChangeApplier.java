package org.d365policy.change;

import org.d365policy.change.ops.AccountOps;
import org.d365policy.change.ops.GroupOps;
import org.d365policy.change.ops.InvitationOps;
import org.d365policy.change.ops.RecordHistory;
import org.d365policy.change.ops.Step;
import org.d365policy.change.ops.TeamOps;
import org.d365policy.change.ops.UserRecordOps;
import org.d365policy.engine.LiveTenant;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Finding;
import org.d365policy.model.change.BeforeInvitation;
import org.d365policy.model.change.ChangeSetInvitation;
import org.d365policy.model.change.ChangeSetRevocation;
import org.d365policy.model.change.ChangeStep;
import org.d365policy.model.change.Operation;
import org.d365policy.model.change.SeatRequest;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.UserType;
import org.d365policy.report.Location;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a change set, operation by operation, to a tenant loaded in a session: each operation's
 * handler (under {@code change/ops}) checks that it can apply, puts it before the change rules on
 * the state just before it, then changes the tenant and its facts together. It judges nothing itself.
 */
public final class ChangeApplier {
    /** What one operation does: the handler its {@link Operation} is dispatched to. */
    private interface Handler {
        void apply(Step step) throws InvalidInputException;
    }

    private final LiveTenant tenant;
    private final TenantSession session;
    private final LocalDate day;
    private final String file;
    private final String actor;
    private final RecordHistory history;
    private final Map<Finding, Location> stepLocations = new IdentityHashMap<>();
    private final Map<String, Location> subjectPlaces = new HashMap<>();

    /** Remembers the invitations as they are, which CHG-003 compares with; then operations can be applied. */
    public ChangeApplier(LiveTenant tenant, LocalDate day, String file, String actor) {
        this.tenant = tenant;
        this.session = tenant.session();
        this.day = day;
        this.file = file;
        this.actor = actor;
        this.history = new RecordHistory(session);
        // The change rules' findings are located at the operation they judged, so each step's are taken as they come.
        session.recordInserted();
        for (Invitation invitation : tenant.tenant().getInvitations()) {
            session.insert(new BeforeInvitation(invitation.getEmail(), invitation.getSku(), invitation.getStatus(), invitation.getIssued()));
        }
    }

    /** Applies every operation of the change set in order; the caller reads the findings afterwards. */
    public void applyAll(ChangeSet changeSet) throws InvalidInputException {
        if (tenant.accounts(actor).isEmpty()) {
            throw new InvalidInputException(file, changeSet.getLine(), changeSet.getColumn(), "actor",
                    "\"" + actor + "\" is no account of the tenant; expected the account that makes the change");
        }
        List<Change> changes = changeSet.getChanges();
        // CHG-003 reads the invitations of the whole change set, and which of them a later step revokes.
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.getOp() == Operation.INVITE) session.insert(new ChangeSetInvitation(c.getEmail(), c.getSku(), i));
            if (c.getOp() == Operation.REVOKE_INVITATION) session.insert(new ChangeSetRevocation(c.getEmail(), c.getSku(), i));
        }
        for (int i = 0; i < changes.size(); i++) {
            Step step = new Step(i, changes.get(i), file, tenant, history, this::judge);
            handler(step.change().getOp()).apply(step);
            session.fire();
            // Rules judged on the state after the operation (CHG-003, CHG-005) fire here, not at the next step.
            placeInserted(changes.get(i));
        }
        session.fire();
    }

    /** Every operation has its handler: a new one without fails to compile here. */
    private Handler handler(Operation op) {
        return switch (op) {
            case CREATE_ACCOUNT -> AccountOps::createAccount;
            case DELETE_ACCOUNT -> AccountOps::deleteAccount;
            case ASSIGN_LICENSE -> AccountOps::assignLicense;
            case REMOVE_LICENSE -> AccountOps::removeLicense;
            case SET_SEATS -> AccountOps::setSeats;
            case ASSIGN_ADMIN_ROLE, REMOVE_ADMIN_ROLE -> AccountOps::adminRole;
            case RESET_PASSWORD -> AccountOps::resetPassword;
            case INVITE -> step -> InvitationOps.invite(step, day);
            case REVOKE_INVITATION -> InvitationOps::revokeInvitation;
            case ADD_GROUP_MEMBER -> GroupOps::addGroupMember;
            case REMOVE_GROUP_MEMBER -> GroupOps::removeGroupMember;
            case ADD_USER -> UserRecordOps::addUser;
            case SET_ACCESS_MODE -> UserRecordOps::setAccessMode;
            case ENABLE_USER, DISABLE_USER -> UserRecordOps::enablement;
            case ASSIGN_ROLE, REMOVE_ROLE -> UserRecordOps::role;
            case ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER -> TeamOps::teamMember;
        };
    }

    /** Puts the step before the rules on the state just before it, then takes it away again. */
    private void judge(Step s, String subject, String environment, AccessMode mode, UserType type, List<SeatRequest> seats) {
        Change c = s.change();
        ChangeStep step = new ChangeStep(s.index(), c.getOp(), actor, subject, environment, c.getUpn(), mode, type);
        session.insert(step);
        for (SeatRequest seat : seats) session.insert(seat);
        session.fire();
        for (SeatRequest seat : seats) session.delete(seat);
        session.delete(step);
        subjectPlaces.putIfAbsent(subject, location(c));
        placeInserted(c);
    }

    private void placeInserted(Change c) {
        for (Finding f : session.takeInserted()) stepLocations.put(f, location(c));
    }

    private Location location(Change c) {
        return new Location(file, c.getLine(), c.getColumn());
    }

    /**
     * The operation during which each finding was inserted, snapshot rules' findings included: only a
     * change rule's finding is about that operation, so the caller keeps those.
     */
    public Map<Finding, Location> stepLocations() {
        return stepLocations;
    }

    /** Where each subject that an operation names is first named in the change set. */
    public Map<String, Location> subjectPlaces() {
        return subjectPlaces;
    }
}
