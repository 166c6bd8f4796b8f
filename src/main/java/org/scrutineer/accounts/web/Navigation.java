package org.scrutineer.accounts.web;

import java.util.Set;

import org.scrutineer.accounts.NavigationItem;
import org.scrutineer.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The navigation entries for the shared modules (which cannot know about roles themselves) and accounts.
 * Business modules declare their own.
 */
@Configuration(proxyBeanMethods = false)
class Navigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("Home", "/", 0, Set.of());
    }

    @Bean
    NavigationItem directoryNavigation() {
        return new NavigationItem("Directory", "/directory", 80, Set.of());
    }

    @Bean
    NavigationItem deadlinesNavigation() {
        return new NavigationItem("Deadlines", "/deadlines", 70, Set.of());
    }

    @Bean
    NavigationItem protocolNavigation() {
        return new NavigationItem("Protocol", "/deadlines/protocol", 75, Set.of());
    }

    @Bean
    NavigationItem calendarNavigation() {
        return new NavigationItem("Calendar", "/admin/calendar", 92, Set.of(Role.ADMINISTRATOR));
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("Audit history", "/admin/audit", 90,
                Set.of(Role.ADMINISTRATOR, Role.MONITORING_OFFICER));
    }

    @Bean
    NavigationItem accountsNavigation() {
        return new NavigationItem("Accounts", "/admin/accounts", 91, Set.of(Role.ADMINISTRATOR));
    }

    @Bean
    NavigationItem yourAccountNavigation() {
        return new NavigationItem("Your account", "/account", 95, Set.of());
    }
}
