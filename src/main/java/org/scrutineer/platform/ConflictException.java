package org.scrutineer.platform;

/** Someone else changed the record since it was read: answered with 409, and pages ask the user to reload. */
public class ConflictException extends RuntimeException {

    public ConflictException(String what) {
        super(what + " was changed by someone else since you opened it. Reload it and make your change again.");
    }
}
