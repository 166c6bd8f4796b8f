package org.scrutineer.deadlines.internal;

import org.scrutineer.deadlines.DeadlineSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code scrutineer.deadlines.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineSettings.class)
class ReminderConfiguration {
}
