package org.scrutineer.inforequests.web;

import java.util.List;

import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An answered information request as anyone may see it, signed in or not: the committee, what was asked and what it
 * relates to, the dates and the outcome, and the documents provided as the documents module lets the viewer see them
 * (a restricted one only as its public summary). The member's reasons, the covering note and the statement of reasons
 * stay on the signed-in page. Open and withdrawn requests are not found.
 */
@Controller
class PublicInformationRequestsController {

    private final InformationRequestManagement management;

    PublicInformationRequestsController(InformationRequestManagement management) {
        this.management = management;
    }

    @GetMapping("/public/information-requests/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        InformationRequest r = management.published(new InformationRequestId(id))
                .orElseThrow(() -> new NotFoundException("Information request " + id));
        model.addAttribute("r", r);
        model.addAttribute("documents", management.documents(r.id()));
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Committees", "/public/committees")));
        return "inforequests/public-request";
    }
}
