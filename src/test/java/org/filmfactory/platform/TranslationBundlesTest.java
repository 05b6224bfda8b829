package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Chinese stay in step, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate\\([^,]+,|super|UserFacingException\\(|SignUpRefused\\([^,]+,|"
                    + "InvalidProjectDetails\\([^,]+,|CrewChangeRefused\\()\\s*\\(?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        var english = bundle("translations.properties");
        var chinese = bundle("translations_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void chineseBundleIsReallyChinese() throws IOException {
        var chinese = bundle("translations_zh_CN.properties");
        assertThat(chinese.getProperty("login.title")).isEqualTo("登录");
        var translations = new Translations();
        assertThat(translations.translate(Locale.CHINA, "role.director")).isEqualTo("导演");
        assertThat(translations.translate(Locale.forLanguageTag("zh-TW"), "role.director")).isEqualTo("导演");
        assertThat(translations.translate(Locale.GERMAN, "role.director")).isEqualTo("Director");
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        var english = bundle("translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!english.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPermissionAndRoleHasItsWords() throws IOException {
        var english = bundle("translations.properties").stringPropertyNames();
        for (var permission : org.filmfactory.project.Permission.values()) {
            assertThat(english).contains("project.error.not-allowed." + permission.key());
        }
        for (var role : org.filmfactory.project.ProjectRole.values()) {
            assertThat(english).contains(role.key());
        }
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
