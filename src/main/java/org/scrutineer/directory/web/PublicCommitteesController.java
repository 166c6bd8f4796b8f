package org.scrutineer.directory.web;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the council's committees and who sits on them (no contact details). */
@Controller
class PublicCommitteesController {

    private final DirectoryManagement directory;

    PublicCommitteesController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping("/public/committees")
    String committees(Model model) {
        model.addAttribute("committees", directory.committees(null, false));
        return "directory/public-committees";
    }

    @GetMapping("/public/committees/{id}")
    String committee(@PathVariable long id, Model model) {
        Committee committee = directory.committee(new CommitteeId(id))
                .orElseThrow(() -> new NotFoundException("Committee " + id));
        model.addAttribute("committee", committee);
        model.addAttribute("members", directory.currentMembers(committee.id()));
        return "directory/public-committee";
    }
}
