package org.scrutineer.platform;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds the request id to error pages so a user can quote it; never the exception or its message. */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object id = request.getAttribute(RequestIds.MDC_KEY, RequestAttributes.SCOPE_REQUEST);
        if (id != null) {
            attributes.put("requestId", id.toString());
        }
        return attributes;
    }
}
