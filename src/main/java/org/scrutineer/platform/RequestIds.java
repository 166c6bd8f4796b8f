package org.scrutineer.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Access to the id {@link RequestIdFilter} gives each request. */
public final class RequestIds {

    /** The logging context key and request attribute holding the request id. */
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /** The current request's id, or {@code null} outside a request. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
