package org.scrutineer.documents.internal;

import java.util.Set;

import org.scrutineer.documents.Classification;
import org.scrutineer.platform.Viewer;

/**
 * Who may read a document: the rule {@link org.scrutineer.documents.DocumentManagement#mayRead} applies, kept free
 * of the database so that it can be tested as a table. Deny by default.
 * <ul>
 * <li>A public document: anyone, including a visitor who has not signed in.</li>
 * <li>An exempt or confidential document: a scrutiny officer, the monitoring officer or the head of paid service,
 * whatever the committee; or a current member (in any role) of the document's committee. Nobody else, and when the
 * document names no committee, only those roles.</li>
 * </ul>
 */
public final class ReadAccess {

    /** Roles that may read every restricted document. */
    public static final Set<String> ENTITLED_ROLES = Set.of("SCRUTINY_OFFICER", "MONITORING_OFFICER",
            "HEAD_OF_PAID_SERVICE");

    private ReadAccess() {
    }

    /** Whether the viewer holds a role that reads every restricted document. */
    public static boolean entitledByRole(Viewer viewer) {
        return viewer != null && viewer.hasAnyRole(ENTITLED_ROLES.toArray(String[]::new));
    }

    /**
     * The decision.
     *
     * @param viewer who is looking (null for a visitor who has not signed in)
     * @param classification the document's classification
     * @param committeeId the document's committee (may be null)
     * @param viewerCommittees the committees the viewer is a current member of
     */
    public static boolean permits(Viewer viewer, Classification classification, Long committeeId,
            Set<Long> viewerCommittees) {
        if (classification == Classification.PUBLIC) {
            return true;
        }
        if (classification == null || viewer == null) {
            return false;
        }
        if (entitledByRole(viewer)) {
            return true;
        }
        return committeeId != null && viewer.personId() != null && viewerCommittees != null
                && viewerCommittees.contains(committeeId);
    }
}
