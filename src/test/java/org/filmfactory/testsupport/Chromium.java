package org.filmfactory.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with no downloads: Playwright's bundled driver and the system browser.
 * Each {@link #newUser()} is a separate browser context — its own cookies, so its own signed-in person.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("filmfactory.test.chromium", "/usr/bin/chromium"));
    private final Playwright playwright;
    private final Browser browser;
    /** Playwright's driver process for this browser: the browser runs under it. */
    private final List<ProcessHandle> drivers;

    public Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Chromium at " + EXECUTABLE
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        var before = ProcessHandle.current().children().toList();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
        drivers = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
    }

    /**
     * Kills this browser as a crash would (SIGKILL on every process of it, pages and network included): no page is
     * told, nothing is said goodbye, its connections just drop.
     */
    public void crash() {
        var browser = drivers.stream().flatMap(ProcessHandle::descendants).toList();
        if (browser.isEmpty()) {
            throw new IllegalStateException("this browser's processes were not found under Playwright's driver");
        }
        browser.forEach(ProcessHandle::destroyForcibly);
        browser.forEach(process -> process.onExit().join());
    }

    /** A fresh browser profile with English as its language. */
    public Page newUser() {
        return newUser("en-US");
    }

    public Page newUser(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Signs in through the real sign-in form and waits for the project list. */
    public static void signIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.locator("#project-list").waitFor();
    }

    /** Picks {@code label} in the Vaadin select with the given id. */
    public static void choose(Page page, String selectId, String label) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    public static Locator button(Page page, String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text));
    }

    /**
     * Waits until the server has handled everything this page sent so far: Vaadin's client has no request in
     * flight. Useful after an action whose refusal shows nothing, instead of a pause. (The first wait lets a send that
     * the action scheduled for later in the same turn start first.)
     */
    public static void awaitServer(Page page) {
        page.evaluate("async () => { await new Promise(r => setTimeout(r));"
                + " while (Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))"
                + " await new Promise(r => setTimeout(r, 10)); }");
    }

    /** Saves a screenshot under target/screenshots for a person to look at after a failure. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                    .setFullPage(true));
        } catch (Exception e) {
            // A missing screenshot must not hide the real failure.
        }
    }

    @Override
    public void close() {
        if (drivers.stream().flatMap(ProcessHandle::descendants).findAny().isPresent()) {
            browser.close();
        }
        playwright.close();
    }
    /**
     * The page's own sideways scroll, if it has one, and each visible element whose right edge lies past the window's,
     * unless an ancestor that scrolls or clips sideways keeps it inside (a grid, whose columns scroll sideways within
     * it, counts as one) (at most 25, each with its two parents). A
     * screen that fits a phone answers none. (Vaadin's hidden connection message is transparent, so it counts only
     * when it shows.)
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> tooWide(Page page) {
        return new java.util.ArrayList<>((java.util.List<String>) page.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const found = [];
                  const doc = document.documentElement;
                  if (doc.scrollWidth > width) found.push('document scrollWidth ' + doc.scrollWidth + ' > ' + width);
                  const clips = (e) => {
                    // A grid's cells sit in its light DOM but show through its own scroller, which clips them.
                    const grid = e.closest('vaadin-grid');
                    if (grid && grid !== e) return grid.getBoundingClientRect().right <= width + 0.5;
                    for (let a = e.parentElement; a; a = a.parentElement) {
                      const x = getComputedStyle(a).overflowX;
                      if (x !== 'visible') return a.getBoundingClientRect().right <= width + 0.5;
                    }
                    return false;
                  };
                  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                  for (const e of document.body.querySelectorAll('*')) {
                    const box = e.getBoundingClientRect();
                    if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
                    if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
                    if (getComputedStyle(e).position === 'fixed' && box.left >= width) continue;
                    if (clips(e)) continue;
                    let path = name(e);
                    for (let a = e.parentElement, n = 0; a && n < 2; a = a.parentElement, n++) path = name(a) + ' > ' + path;
                    found.push(path + ' right ' + Math.round(box.right) + ' width ' + Math.round(box.width));
                  }
                  return found.slice(0, 25);
                }"""));
    }
}
