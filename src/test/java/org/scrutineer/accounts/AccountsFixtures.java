package org.scrutineer.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a demo user, with the roles the directory gives them. */
public final class AccountsFixtures {

    private AccountsFixtures() {
    }

    /** A request signed in as the given account. */
    public static RequestPostProcessor as(AccountManagement accounts, String username) {
        var user = accounts.principal(username).orElseThrow(() -> new IllegalArgumentException(username));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
