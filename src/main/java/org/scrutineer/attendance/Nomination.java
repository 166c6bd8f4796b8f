package org.scrutineer.attendance;

import java.util.List;

/**
 * The responsible chief officer's decision on which officers attend (Rotherham code 5.5).
 *
 * @param officerIds the officers who attend, who may include specialist junior staff
 * @param addresseeAttends whether the officer asked attends as well (otherwise the request is NOMINATED)
 */
public record Nomination(List<Long> officerIds, boolean addresseeAttends) {

    public Nomination {
        officerIds = officerIds == null ? List.of() : officerIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
