package org.filmfactory.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentMarkupTest {

    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String LINK = " rel=\"noopener noreferrer nofollow\" target=\"_blank\"";

    private static String html(String text) {
        return CommentMarkup.html(text, Map.of());
    }

    @Test
    void htmlTheAuthorTypedIsShownAsText() {
        assertThat(html("<script>alert('x')</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html("<img src=x onerror=\"alert(1)\"> & more"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more");
        assertThat(html("&lt;already escaped&gt;")).isEqualTo("&amp;lt;already escaped&amp;gt;");
    }

    @Test
    void onlyHttpAndHttpsBecomeLinks() {
        assertThat(html("[click](javascript:alert(1))")).isEqualTo("[click](javascript:alert(1))");
        assertThat(html("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        assertThat(html("[x](data:text/html;base64,PHNjcmlwdD4=)")).isEqualTo("[x](data:text/html;base64,PHNjcmlwdD4=)");
        assertThat(html("[x](JaVaScRiPt:alert(1))")).isEqualTo("[x](JaVaScRiPt:alert(1))");
        assertThat(html("[docs](https://example.com/a?b=1&c=2)"))
                .isEqualTo("<a href=\"https://example.com/a?b=1&amp;c=2\"" + LINK + ">docs</a>");
        assertThat(html("[docs](http://example.com)")).isEqualTo("<a href=\"http://example.com\"" + LINK + ">docs</a>");
    }

    @Test
    void linkTextAndUrlsCannotBreakOutOfTheirAttribute() {
        assertThat(html("[<img src=x onerror=alert(1)>](https://example.com)"))
                .isEqualTo("<a href=\"https://example.com\"" + LINK + ">&lt;img src=x onerror=alert(1)&gt;</a>");
        assertThat(html("[x](https://example.com/\"onmouseover=\"alert(1))"))
                .isEqualTo("[x](<a href=\"https://example.com/\"" + LINK + ">https://example.com/</a>"
                        + "&quot;onmouseover=&quot;alert(1))");
        assertThat(html("https://example.com/'onmouseover='alert(1)"))
                .isEqualTo("<a href=\"https://example.com/&#39;onmouseover=&#39;alert(1)\"" + LINK
                        + ">https://example.com/&#39;onmouseover=&#39;alert(1)</a>");
        assertThat(html("https://example.com/<script>"))
                .isEqualTo("<a href=\"https://example.com/\"" + LINK + ">https://example.com/</a>&lt;script&gt;");
    }

    @Test
    void bareUrlsStopBeforeTrailingPunctuationAndUnopenedParentheses() {
        assertThat(html("See https://example.com/a.")).isEqualTo(
                "See <a href=\"https://example.com/a\"" + LINK + ">https://example.com/a</a>.");
        assertThat(html("(see https://example.com/x)")).isEqualTo(
                "(see <a href=\"https://example.com/x\"" + LINK + ">https://example.com/x</a>)");
        assertThat(html("https://en.wikipedia.org/wiki/Take_(film)")).isEqualTo(
                "<a href=\"https://en.wikipedia.org/wiki/Take_(film)\"" + LINK
                        + ">https://en.wikipedia.org/wiki/Take_(film)</a>");
        assertThat(html("看这里https://example.com/a，然后")).isEqualTo(
                "看这里<a href=\"https://example.com/a\"" + LINK + ">https://example.com/a</a>，然后");
    }

    @Test
    void boldAndItalicNestAndNeverCross() {
        assertThat(html("**bold** and *italic*")).isEqualTo("<strong>bold</strong> and <em>italic</em>");
        assertThat(html("**bold *and italic***")).isEqualTo("<strong>bold <em>and italic</em></strong>");
        assertThat(html("***both***")).isEqualTo("<strong><em>both</em></strong>");
        assertThat(html("*it **bold** it*")).isEqualTo("<em>it <strong>bold</strong> it</em>");
        assertThat(html("**a *b** c*")).isEqualTo("**a <em>b** c</em>");
        assertThat(html("**unclosed and *also")).isEqualTo("**unclosed and *also");
        assertThat(html("2 * 3 * 4")).isEqualTo("2 * 3 * 4");
        assertThat(html("****four****")).isEqualTo("****four****");
        assertThat(html("*<b>*")).isEqualTo("<em>&lt;b&gt;</em>");
    }

    @Test
    void markersInsideUrlsAreLeftAlone() {
        assertThat(html("https://example.com/*a* and *b*")).isEqualTo(
                "<a href=\"https://example.com/*a*\"" + LINK + ">https://example.com/*a*</a> and <em>b</em>");
    }

    @Test
    void chineseTextKeepsItsMarkup() {
        assertThat(html("这是**重要**的镜头，*光线*太暗了")).isEqualTo("这是<strong>重要</strong>的镜头，<em>光线</em>太暗了");
    }

    @Test
    void mentionsShowTheMembersCurrentNameEscaped() {
        var text = "@[王导](" + ID.toUpperCase() + ") 请看 @[<b>x</b>](" + ID + ")";

        assertThat(CommentMarkup.html(text, Map.of(ID, "王导演 <3")))
                .isEqualTo("<span class=\"mention\">@王导演 &lt;3</span> 请看 <span class=\"mention\">@王导演 &lt;3</span>");
        assertThat(html("@[<b>x</b>](" + ID + ")")).isEqualTo("<span class=\"mention\">@&lt;b&gt;x&lt;/b&gt;</span>");
        assertThat(CommentMarkup.mentioned(text)).containsExactly(ID);
        assertThat(CommentMarkup.mentioned("@[x](not-a-uuid) @x")).isEmpty();
    }

    @Test
    void lineBreaksBecomeBreaks() {
        assertThat(html("a\nb\r\nc\rd")).isEqualTo("a<br>b<br>c<br>d");
        assertThat(html("**not\nbold**")).isEqualTo("**not<br>bold**");
    }

    @Test
    void excerptsArePlainAndShort() {
        assertThat(CommentMarkup.excerpt("Hi @[Dario](" + ID + "),\n\nlook   here", Map.of(ID, "Dario 导演"), 140))
                .isEqualTo("Hi @Dario 导演, look here");
        assertThat(CommentMarkup.excerpt("x".repeat(200), Map.of(), 10)).isEqualTo("xxxxxxxxx…");
    }

    @Test
    void excerptsShowTheWordsAReaderSeesNotTheMarkup() {
        assertThat(CommentMarkup.excerpt("**Look** at [the door](https://example.org/d) *now*, 3 * 4 < 5 & \"ok\"",
                Map.of(), 140)).isEqualTo("Look at the door now, 3 * 4 < 5 & \"ok\"");
        assertThat(CommentMarkup.excerpt("see https://example.org/a?b=1&c=2.", Map.of(), 140))
                .isEqualTo("see https://example.org/a?b=1&c=2.");
    }
}
