package org.scrutineer.accounts.internal;

import org.scrutineer.accounts.AccountSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (BCrypt through a delegating encoder, so stronger schemes can follow) and account settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountSettings.class)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
