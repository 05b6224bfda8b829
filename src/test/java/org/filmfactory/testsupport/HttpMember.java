package org.filmfactory.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.testsupport.Actors.Actor;

/**
 * A plain HTTP client with its own cookies that signs in through the login form, for tests of what the studio serves
 * outside the UI (media, exports, packages). Redirects are not followed, so a refused request shows as what it is.
 */
public final class HttpMember {

    /** The client itself, for requests {@link #get} does not cover. */
    public final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final List<String> headers;

    private HttpMember(String base, String... headers) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.headers = List.of(headers);
    }

    /**
     * Someone not signed in.
     *
     * @param headers name, value pairs sent with every request (e.g. {@code Accept-Language})
     */
    public static HttpMember anonymous(String base, String... headers) {
        return new HttpMember(base, headers);
    }

    /** {@code actor}, signed in through the login form (which must accept them). */
    public static HttpMember signIn(String base, Actor actor, String... headers)
            throws IOException, InterruptedException {
        var member = new HttpMember(base, headers);
        var form = "username=" + URLEncoder.encode(actor.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Actors.PASSWORD, StandardCharsets.UTF_8);
        var response = member.http.send(HttpRequest.newBuilder(member.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return member;
    }

    /** The absolute address of {@code path} (which starts with a slash). */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** GET {@code path}, with these name, value header pairs besides the ones every request carries. */
    public HttpResponse<byte[]> get(String path, String... more) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path));
        var all = new ArrayList<>(headers);
        all.addAll(List.of(more));
        if (!all.isEmpty()) {
            request.headers(all.toArray(String[]::new));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
