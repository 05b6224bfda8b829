package org.filmfactory.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class's studio and browser. Before its first test, {@link #nodes()} studio nodes are started into
 * the class's static {@link StudioNodes} field and Chromium is launched into its static {@link Chromium} field; after
 * its last test (and after the class's own {@code @AfterAll} methods) the browser is closed, then the nodes. The same
 * start and stop methods were written out in every browser test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserStudio.Lifecycle.class)
public @interface BrowserStudio {

    /** How many studio nodes, clustered on loopback. */
    int nodes() default 1;

    /** Starts and stops what {@link BrowserStudio} asks for. */
    final class Lifecycle implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) throws IllegalAccessException {
            var type = context.getRequiredTestClass();
            var wanted = type.getAnnotation(BrowserStudio.class);
            field(type, StudioNodes.class).set(null, new StudioNodes(wanted.nodes()).start());
            field(type, Chromium.class).set(null, new Chromium());
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            var type = context.getRequiredTestClass();
            try (var studio = (StudioNodes) field(type, StudioNodes.class).get(null);
                    var browser = (Chromium) field(type, Chromium.class).get(null)) {
                // closed in reverse: the browser first, then the nodes
            }
        }

        private static Field field(Class<?> type, Class<?> of) {
            var fields = Arrays.stream(type.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == of).toList();
            if (fields.size() != 1) {
                throw new IllegalStateException(type.getSimpleName() + " needs one static " + of.getSimpleName()
                        + " field for @BrowserStudio, has " + fields.size());
            }
            fields.getFirst().setAccessible(true);
            return fields.getFirst();
        }
    }
}
