package org.scrutineer.attendance.web;

import java.util.List;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.NavigationItem;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My requests to attend": the requests to, or once to, the signed-in person; for chief officers, the requests to
 * officers awaiting their nomination; for chairs, the substitutes awaiting their decision.
 */
@Controller
class MyAttendanceController {

    private final AttendanceManagement attendance;

    MyAttendanceController(AttendanceManagement attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/attendance")
    String mine(Model model) {
        Actor actor = Acting.actor();
        List<AttendanceRequest> mine = attendance.mine(actor);
        model.addAttribute("upcoming", mine.stream().filter(r -> !r.meetingDate().isBefore(attendance.today())).toList());
        model.addAttribute("past", mine.stream().filter(r -> r.meetingDate().isBefore(attendance.today())).toList());
        model.addAttribute("toNominate", attendance.awaitingNomination(actor).stream()
                .filter(r -> !actor.is(new org.scrutineer.directory.PersonId(r.person().id()))).toList());
        model.addAttribute("substitutions", attendance.substitutionsAwaiting(actor));
        model.addAttribute("today", attendance.today());
        return "attendance/mine";
    }

    /** Attendance in the service navigation, for every signed-in user. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem attendanceNavigation() {
            return new NavigationItem("Attendance", "/attendance", 30, Set.of());
        }
    }
}
