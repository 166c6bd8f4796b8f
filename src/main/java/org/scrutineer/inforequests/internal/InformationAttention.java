package org.scrutineer.inforequests.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.Role;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.QuarterlyReport;
import org.springframework.stereotype.Component;

/**
 * Home-page items: requests the person must answer for the executive; overdue requests of the committees they sit on;
 * and, for scrutiny officers, quarterly reports that have not come.
 */
@Component
class InformationAttention implements AttentionSource {

    private final InformationRequestManagement requests;
    private final InformationPermissions permissions;

    InformationAttention(InformationRequestManagement requests, InformationPermissions permissions) {
        this.requests = requests;
        this.permissions = permissions;
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        Actor actor = Actor.of(user);
        List<AttentionItem> items = new ArrayList<>();
        var today = requests.today();
        if (user.personId() != null) {
            for (InformationRequest r : requests.requests(actor, null, null, null, true, false, 1, 50).items()) {
                boolean mine = permissions.answers(actor, r) && !permissions.seesAll(actor);
                if (mine && r.state() != org.scrutineer.inforequests.RequestState.CLARIFICATION_SOUGHT) {
                    items.add(new AttentionItem("Provide the information asked for in " + r.reference(),
                            r.what() + " — " + r.committeeName() + " (SI 2012/2089 reg 17)", r.path(), r.due(),
                            r.overdueOn(today)));
                } else if (!mine && r.overdueOn(today)) {
                    items.add(new AttentionItem("Overdue: " + r.reference() + " asked of " + r.responsibleOfficerName(),
                            r.what() + (r.escalatedToName() == null ? "" : " — escalated to " + r.escalatedToName()),
                            r.path(), r.due(), true));
                } else if (r.state() == org.scrutineer.inforequests.RequestState.CLARIFICATION_SOUGHT
                        && permissions.speaksForRequester(actor, r) && !permissions.administers(actor)) {
                    items.add(new AttentionItem("Answer the clarification sought on " + r.reference(),
                            r.clarification(), r.path(), null, false));
                }
            }
        }
        if (user.has(Role.SCRUTINY_OFFICER)) {
            for (QuarterlyReport q : requests.missingReports(null)) {
                items.add(new AttentionItem(q.arrangement().title() + " for " + q.quarterLabel() + " has not come",
                        q.arrangement().committeeName() + " — expected by " + q.expectedOn(),
                        "/information-requests/arrangements", q.expectedOn(), true));
            }
        }
        return items;
    }
}
