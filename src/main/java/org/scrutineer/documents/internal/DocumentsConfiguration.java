package org.scrutineer.documents.internal;

import org.scrutineer.documents.DocumentSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the documents module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentsConfiguration {
}
