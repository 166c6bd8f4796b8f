package org.scrutineer.platform;

import java.util.Optional;

/** The signed-in user of the current request, for modules below accounts. Implemented by accounts. */
public interface Viewers {

    /** The signed-in user, if any. */
    Optional<Viewer> current();
}
