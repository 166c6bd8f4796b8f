package org.scrutineer.forwardplan.web;

import java.util.Set;

import org.scrutineer.accounts.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forward plan in the service navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class ForwardPlanNavigation {

    @Bean
    NavigationItem forwardPlanNavigationItem() {
        return new NavigationItem("Forward plan", "/forward-plan", 40, Set.of());
    }
}
