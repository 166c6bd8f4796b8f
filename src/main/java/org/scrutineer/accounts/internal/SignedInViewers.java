package org.scrutineer.accounts.internal;

import java.util.Optional;
import java.util.stream.Collectors;

import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.platform.Viewer;
import org.scrutineer.platform.Viewers;
import org.springframework.stereotype.Component;

/** Answers "who is looking" for the shared modules, from the signed-in account. */
@Component
class SignedInViewers implements Viewers {

    @Override
    public Optional<Viewer> current() {
        return CurrentUsers.current().map(u -> new Viewer(u.personId() == null ? null : u.personId().value(),
                u.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet())));
    }
}
