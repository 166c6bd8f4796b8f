package org.scrutineer.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.scrutineer.demo.DemoCouncil;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Drives Chromium for {@link BrowserTest}s: one Playwright and browser per test class, a new browser context (so a
 * new session) for each test, handed to the test as a {@link Page} whose relative URLs resolve against the running
 * application (at {@code local.server.port}, the port {@code @LocalServerPort} gives); {@link WithoutJavaScript}
 * turns JavaScript off for one test. Uses the Chromium at {@code CHROMIUM_PATH}, or {@code /usr/bin/chromium}, and
 * never downloads one. Without Chromium the tests are skipped, except in CI ({@code CI=true}), where they fail.
 * <p>
 * A test also fails if its pages raise script errors or fail to load an asset. When a test fails, a screenshot and
 * the HTML of each of its pages go to {@code target/browser-tests/}, emptied at the start of each run.
 */
public final class BrowserSupport implements ExecutionCondition, BeforeAllCallback, AfterEachCallback,
        ParameterResolver {

    static final Path DEFAULT_CHROMIUM = Paths.get("/usr/bin/chromium");

    /** Headless, and quiet: the machines that run the tests may have no network. */
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    /** WCAG 2.2 AA, as the Public Sector Bodies Accessibility Regulations expect. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path FAILURES = Paths.get("target", "browser-tests");
    private static final Namespace NAMESPACE = Namespace.create(BrowserSupport.class);
    private static final AtomicBoolean skipReported = new AtomicBoolean();
    private static final java.util.Set<Page> WITHOUT_JAVASCRIPT = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));
    private static final AtomicBoolean staleEvidenceCleared = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = chromium();
        if (Files.isExecutable(chromium)) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium);
        }
        String problem = "no Chromium at " + chromium + " (install it, or set CHROMIUM_PATH to point at one)";
        if ("true".equals(System.getenv("CI"))) {
            fail("Browser tests must run in CI, but there is " + problem);
        }
        if (skipReported.compareAndSet(false, true)) {
            System.out.println("Browser tests were skipped: " + problem);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + problem);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (staleEvidenceCleared.compareAndSet(false, true)) {
            FileSystemUtils.deleteRecursively(FAILURES);
        }
        Path chromium = chromium();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            context.getStore(NAMESPACE).put(Chromium.class, new Chromium(playwright, browser));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Chromium.class, Chromium.class).browser();
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        boolean javaScript = !context.getRequiredTestMethod().isAnnotationPresent(WithoutJavaScript.class);
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        browserContext.setDefaultTimeout(10_000);
        context.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        Page page = browserContext.newPage();
        if (!javaScript) {
            WITHOUT_JAVASCRIPT.add(page);
        }
        context.getStore(NAMESPACE).put(PageProblems.class, PageProblems.watch(page));
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NAMESPACE).remove(BrowserContext.class, BrowserContext.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                keepEvidence(context, browserContext);
            } else {
                PageProblems problems = context.getStore(NAMESPACE).remove(PageProblems.class, PageProblems.class);
                if (problems != null && !problems.found().isEmpty()) {
                    fail("The pages had problems that do not show on them:\n" + String.join("\n", problems.found()));
                }
            }
        } finally {
            browserContext.close();
        }
    }

    /** Signs in on the sign-in page as a demo user (whose password is the demo password). */
    public static void signIn(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoCouncil.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    /** Fails, listing each problem and where it is, if axe finds the page falls short of WCAG 2.2 AA. */
    public static void assertAccessible(Page page) {
        if (WITHOUT_JAVASCRIPT.contains(page)) {
            // axe runs as a script in the page: without JavaScript it would wait for ever
            fail("axe cannot check a page with JavaScript off; check the same page in a test with JavaScript on");
        }
        // A click that navigates returns before the new page has finished loading, and an assertion on an element
        // near its top can pass while the rest is still arriving: axe would check half a page.
        page.waitForLoadState(LoadState.LOAD);
        // Legacy mode runs axe in the page itself, without a helper window: faster, and our pages have no frames.
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            fail("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder()
                    .append(violations.size()).append(" accessibility problem(s) on ").append(page.url()).append(':');
            for (Rule rule : violations) {
                report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                        .append(rule.getHelp()).append(" ").append(rule.getHelpUrl());
                for (CheckedNode node : rule.getNodes()) {
                    report.append("\n    at ").append(node.getTarget()).append("\n       ").append(node.getHtml());
                    if (node.getFailureSummary() != null) {
                        report.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                    }
                }
            }
            fail(report.toString());
        }
    }

    /**
     * What went wrong on a page without showing in it: script errors (including scripts or styles the content
     * security policy refused) and assets that failed to load. A page itself may answer with an error status.
     */
    private record PageProblems(List<String> found) {

        static PageProblems watch(Page page) {
            PageProblems problems = new PageProblems(new ArrayList<>());
            page.onPageError(error -> problems.found.add("script error on " + page.url() + ": " + error));
            page.onConsoleMessage(message -> {
                if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
                    problems.found.add("console error on " + page.url() + ": " + message.text());
                }
            });
            page.onResponse(response -> {
                if (response.status() >= 400 && !response.request().resourceType().equals("document")) {
                    problems.found.add(response.status() + " for " + response.url() + " on " + page.url());
                }
            });
            page.onRequestFailed(request -> {
                if (!"net::ERR_ABORTED".equals(request.failure())) {
                    problems.found.add("could not load " + request.url() + ": " + request.failure());
                }
            });
            return problems;
        }
    }

    /** The test class's browser; JUnit closes it (and the Playwright driver) after the class's last test. */
    private record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        @Override
        public void close() {
            playwright.close();
        }
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Paths.get(configured);
    }

    private static void keepEvidence(ExtensionContext context, BrowserContext browserContext) {
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = context.getRequiredTestClass().getSimpleName() + "." + method
                + (display.startsWith(method + "(") ? "" : "[" + display.replaceAll("[^A-Za-z0-9.]+", "-") + "]");
        try {
            Files.createDirectories(FAILURES);
            int n = 0;
            for (Page page : browserContext.pages()) {
                String file = name + (n++ == 0 ? "" : "-" + n);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(FAILURES.resolve(file + ".png")));
                Files.writeString(FAILURES.resolve(file + ".html"), "<!-- " + page.url() + " -->\n" + page.content(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // Evidence is a courtesy: never hide the test's own failure behind a failure to keep it.
            System.err.println("Could not keep evidence of " + name + ": " + e.getMessage());
        }
    }
}
