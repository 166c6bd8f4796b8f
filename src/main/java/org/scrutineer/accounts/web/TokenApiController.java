package org.scrutineer.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.AccountManagement;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** Tokens for scripts: exchange a username and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for scripts")
class TokenApiController {

    private final AccountManagement accounts;

    TokenApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** The sign-in a script sends. */
    record Credentials(String username, String password) {
    }

    /** The token it gets back. */
    record TokenResponse(String token) {
    }

    @PostMapping("/token")
    @Operation(summary = "Sign in with a username and password and get a bearer token",
            description = "The token is valid for 30 days (configurable) and appears on the account page, where "
                    + "it can be revoked. Give it as 'Authorization: Bearer <token>'.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or the account is locked")
    ResponseEntity<?> token(@RequestBody Credentials credentials, HttpServletRequest request) {
        var user = accounts.checkPassword(credentials.username(), credentials.password());
        if (user.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The username or password is not right, or the account is locked or disabled.");
            problem.setTitle("Sign-in failed");
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok(new TokenResponse(accounts.issueScriptToken(user.get().accountId()).secret()));
    }
}
