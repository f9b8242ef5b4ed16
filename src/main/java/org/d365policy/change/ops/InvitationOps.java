package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Subject;
import org.d365policy.model.change.SeatRequest;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;

import java.time.LocalDate;
import java.util.List;

/** Invitations: invite (issued on the evaluation day), revokeInvitation. */
public final class InvitationOps {
    private InvitationOps() {
    }

    /** Re-issues a pending invitation for the same e-mail and SKU, or adds one. */
    public static void invite(Step s, LocalDate day) throws InvalidInputException {
        Change c = s.change();
        s.subscription(c.getSku());
        String subject = Subject.invitation(c.getEmail(), c.getSku());
        s.judge(subject, null, null, null, List.of(new SeatRequest(s.index(), c.getSku(), c.getEmail(), subject, true)));
        Invitation pending = s.tenant().pendingInvitation(c.getEmail(), c.getSku());
        if (pending != null) s.tenant().reissue(pending, day);
        else s.tenant().addInvitation(new Invitation(c.getEmail(), c.getSku(), day, InvitationStatus.PENDING));
    }

    public static void revokeInvitation(Step s) throws InvalidInputException {
        Change c = s.change();
        Invitation pending = s.tenant().pendingInvitation(c.getEmail(), c.getSku());
        if (pending == null) throw s.cannot("there is no pending invitation to " + c.getEmail() + " for " + c.getSku());
        s.judge(Subject.invitation(c.getEmail(), c.getSku()));
        s.tenant().revoke(pending);
    }
}
