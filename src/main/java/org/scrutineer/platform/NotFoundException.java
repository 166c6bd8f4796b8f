package org.scrutineer.platform;

/** A record that does not exist (or that the user may not know exists): answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found");
    }
}
