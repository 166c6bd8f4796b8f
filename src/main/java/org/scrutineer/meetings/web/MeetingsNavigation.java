package org.scrutineer.meetings.web;

import java.util.Set;

import org.scrutineer.accounts.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Meetings in the service navigation, for every signed-in user (private items are withheld per item). */
@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

    @Bean
    NavigationItem meetingsEntry() {
        return new NavigationItem("Meetings", "/meetings", 10, Set.of());
    }
}
