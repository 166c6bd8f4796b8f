package org.scrutineer.accounts.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.PersonId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: an account with its roles at sign-in. */
public final class ScrutineerUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long personId;
    private final EnumSet<Role> roles;
    private final boolean enabled;
    private final boolean locked;

    public ScrutineerUser(long accountId, String username, String passwordHash, String displayName, Long personId,
            Set<Role> roles, boolean enabled, boolean locked) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.personId = personId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
    }

    public CurrentUser view() {
        return new CurrentUser(accountId, username, displayName, personId == null ? null : new PersonId(personId),
                Set.copyOf(roles));
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ScrutineerUser[" + username + "]";
    }
}
