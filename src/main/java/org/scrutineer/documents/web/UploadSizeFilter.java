package org.scrutineer.documents.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.documents.DocumentSettings;
import org.scrutineer.platform.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

/**
 * Answers an upload larger than the servlet's multipart limit ({@code spring.servlet.multipart.max-request-size})
 * with 413 before anything reads it: a page saying the file is too large, or problem details for the API. Without
 * this the request would fail while the sign-in and CSRF checks read its parameters, and the person would be told
 * they lack permission. The limit sits a little above {@code scrutineer.documents.max-size}, so a file between the two
 * reaches the upload's own check, which names the limit on the form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final DocumentSettings settings;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:-1}") DataSize maxRequestSize,
            DocumentSettings settings) {
        this.limit = maxRequestSize.toBytes();
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (limit >= 0 && type != null && type.regionMatches(true, 0, "multipart/", 0, 10)
                && request.getContentLengthLong() > limit) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
                        "The upload is larger than this service accepts: a document must be "
                                + settings.maxSizeLabel() + " or smaller.");
            } else {
                // Named as the error's cause, so the error page's dispatch does not try to read the parts again (and
                // fail, leaving the page empty): templates/error/413.html
                request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(limit));
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
