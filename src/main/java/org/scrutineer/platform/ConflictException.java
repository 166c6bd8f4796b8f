package org.scrutineer.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else changed the record since it was read: answered with 409, and pages ask the user to reload. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    public ConflictException(String what) {
        super(what + " was changed by someone else since you opened it. Reload it and make your change again.");
    }
}
