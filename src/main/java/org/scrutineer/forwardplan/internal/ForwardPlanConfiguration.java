package org.scrutineer.forwardplan.internal;

import org.scrutineer.forwardplan.ForwardPlanSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForwardPlanSettings.class)
class ForwardPlanConfiguration {
}
