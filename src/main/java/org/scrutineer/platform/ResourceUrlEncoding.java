package org.scrutineer.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Spring's {@link ResourceUrlEncodingFilter}, which Boot registers because the webjars locator enables the
 * resource chain. The filter rewrites every link a page writes to add a version to static resources; no versioning
 * strategy is configured, so it changes nothing, yet it was most of the time a link-heavy page such as the tracker
 * took to render. The chain itself stays on, so {@code /webjars/govuk-frontend/...} still resolves without a version.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlEncoding {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
