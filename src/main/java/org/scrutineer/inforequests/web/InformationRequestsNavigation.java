package org.scrutineer.inforequests.web;

import java.util.Set;

import org.scrutineer.accounts.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Information requests in the service navigation, for every signed-in user (each sees the requests they may). */
@Configuration(proxyBeanMethods = false)
class InformationRequestsNavigation {

    @Bean
    NavigationItem informationRequestsEntry() {
        return new NavigationItem("Information requests", "/information-requests", 30, Set.of());
    }
}
