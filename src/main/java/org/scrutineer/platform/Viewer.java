package org.scrutineer.platform;

import java.util.Set;

/**
 * Who is looking, as the shared modules need to know it without depending on the accounts module (which
 * provides {@link Viewers}).
 *
 * @param personId the person in the directory (null for a technical account)
 * @param roles role names, e.g. {@code SCRUTINY_OFFICER}
 */
public record Viewer(Long personId, Set<String> roles) {

    public boolean hasAnyRole(String... any) {
        for (String r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
