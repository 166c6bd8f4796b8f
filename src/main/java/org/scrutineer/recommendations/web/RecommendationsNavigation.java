package org.scrutineer.recommendations.web;

import java.util.Set;

import org.scrutineer.accounts.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tracker in the service navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class RecommendationsNavigation {

    @Bean
    NavigationItem trackerNavigation() {
        return new NavigationItem("Recommendations", "/recommendations", 20, Set.of());
    }
}
