package io.guarddesk.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistence test that runs once on each database Guarddesk supports, H2 (the embedded
 * default) and PostgreSQL; the test method takes the {@link Databases.Target} and migrates it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("io.guarddesk.testing.Databases#each")
public @interface OnEachDatabase {
}
