package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the headless commands read their arguments: one reader for storyboard, render and batch. */
class CommandArgumentsTest {

    private static final Set<String> VALUED = Set.of("--out", "--preset");
    private static final Set<String> FLAGS = Set.of("--retry-failed");

    @Test
    void readsValuesFlagsAndOperandsInAnyOrder() throws Exception {
        var arguments = CommandArguments.parse(new String[] {"batch", "scripts", "--out", "films", "--retry-failed",
            "--preset=preview", "-", "--out=later"}, "batch", VALUED, FLAGS);

        assertThat(arguments).isEqualTo(new CommandArguments(List.of("scripts", "-"),
                Map.of("--out", "later", "--preset", "preview"), Set.of("--retry-failed"), false));
        assertThat(arguments.value("--out")).isEqualTo("later");
        assertThat(arguments.value("--workers")).isNull();
        assertThat(arguments.has("--retry-failed")).isTrue();
    }

    @Test
    void theCommandsOwnNameIsSkippedOnlyInFront() throws Exception {
        assertThat(CommandArguments.parse(new String[] {"scripts", "batch"}, "batch", VALUED, FLAGS).operands())
                .containsExactly("scripts", "batch");
    }

    @Test
    void helpStopsTheReading() throws Exception {
        var arguments = CommandArguments.parse(new String[] {"a", "--help", "--nonsense"}, "x", VALUED, FLAGS);

        assertThat(arguments.help()).isTrue();
        assertThat(arguments.operands()).containsExactly("a");
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefusedWithWhatIsWrong() {
        assertThatExceptionOfType(CommandArguments.Refused.class)
                .isThrownBy(() -> CommandArguments.parse(new String[] {"a", "--fast"}, "x", VALUED, FLAGS))
                .satisfies(refused -> {
                    assertThat(refused.problem()).isEqualTo(CommandArguments.Refused.Problem.UNKNOWN_OPTION);
                    assertThat(refused.subject()).isEqualTo("--fast");
                });
        assertThatExceptionOfType(CommandArguments.Refused.class)
                .isThrownBy(() -> CommandArguments.parse(new String[] {"a", "--out"}, "x", VALUED, FLAGS))
                .satisfies(refused -> {
                    assertThat(refused.problem()).isEqualTo(CommandArguments.Refused.Problem.NEEDS_VALUE);
                    assertThat(refused.subject()).isEqualTo("--out");
                });
        assertThatExceptionOfType(CommandArguments.Refused.class)
                .isThrownBy(() -> CommandArguments.parse(new String[] {"--retry-failed=yes"}, "x", VALUED, FLAGS))
                .satisfies(refused -> assertThat(refused.subject()).isEqualTo("--retry-failed=yes"));
    }

    @Test
    void languagesAreNamedOrGuessedFromTheScript() {
        assertThat(CommandArguments.language("ZH")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(CommandArguments.language("english")).isEqualTo(Locale.ENGLISH);
        assertThat(CommandArguments.language("fr")).isNull();
        assertThat(CommandArguments.guessLanguage("内景 茶馆 - 清晨")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(CommandArguments.guessLanguage("INT. ROOM - DAY")).isEqualTo(Locale.ENGLISH);
    }
}
