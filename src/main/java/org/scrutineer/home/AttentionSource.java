package org.scrutineer.home;

import java.util.List;

import org.scrutineer.accounts.CurrentUser;

/**
 * A module's contribution to users' home pages. Implementations answer quickly (an indexed query per call);
 * the home page lists overdue items first, then by due date.
 */
public interface AttentionSource {

    /** What needs this user's attention now. */
    List<AttentionItem> itemsFor(CurrentUser user);
}
