package org.scrutineer.recommendations.internal;

import org.scrutineer.recommendations.RecommendationSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the recommendation tracker's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecommendationSettings.class)
class RecommendationConfiguration {
}
