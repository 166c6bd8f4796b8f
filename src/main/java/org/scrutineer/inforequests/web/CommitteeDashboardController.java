package org.scrutineer.inforequests.web;

import static org.scrutineer.inforequests.web.RequestPages.actor;

import java.util.List;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A committee's information dashboard: its open requests, those overdue and those escalated to the chief officer,
 * and its standing quarterly reports with any that have not come flagged as a missed deadline is.
 */
@Controller
class CommitteeDashboardController {

    /** More open requests than a committee ever has at once; the full list is on the requests page. */
    private static final int OPEN_SHOWN = 200;

    private final InformationRequestManagement management;
    private final DirectoryManagement directory;

    CommitteeDashboardController(InformationRequestManagement management, DirectoryManagement directory) {
        this.management = management;
        this.directory = directory;
    }

    @GetMapping("/information-requests/committees/{id:\\d+}")
    String dashboard(@PathVariable long id, Model model) {
        Actor actor = actor();
        Committee committee = directory.committee(new CommitteeId(id))
                .filter(c -> c.kind().isScrutiny())
                .orElseThrow(() -> new NotFoundException("Scrutiny committee " + id));
        var today = management.today();
        List<InformationRequest> open = management.requests(actor, id, null, null, true, false, 1, OPEN_SHOWN)
                .items();
        model.addAttribute("committee", committee);
        model.addAttribute("overdue", open.stream().filter(r -> r.overdueOn(today)).toList());
        model.addAttribute("escalated", open.stream().filter(r -> r.escalatedOn() != null).toList());
        model.addAttribute("open", open);
        model.addAttribute("quarters", management.quarterlyReports(id));
        model.addAttribute("canAsk", management.mayAdminister(actor) || (actor.person() != null
                && management.mayAsk(actor, committee.id(), actor.person().value(),
                org.scrutineer.inforequests.RequestedAs.MEMBER)));
        model.addAttribute("canAdminister", management.mayAdminister(actor));
        model.addAttribute("today", today);
        model.addAttribute("breadcrumbs", List.of(InformationRequestsController.REQUESTS));
        return "inforequests/committee";
    }
}
