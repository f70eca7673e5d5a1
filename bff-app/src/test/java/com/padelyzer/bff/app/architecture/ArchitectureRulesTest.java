package com.padelyzer.bff.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of {@link ArchitectureRules} holds for the production classes of all modules. (Plain JUnit rather than
 * {@code @ArchTest} fields: Surefire 3.5.3+ silently skips those, TNG/ArchUnit#1442.)
 */
class ArchitectureRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.padelyzer.bff");

    static Stream<ArchRule> rules() {
        return Arrays.stream(ArchitectureRules.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .map(ArchitectureRulesTest::read);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void production_code_follows_the_rule(ArchRule rule) {
        rule.check(PRODUCTION);
    }

    @org.junit.jupiter.api.Test
    void every_rule_is_checked_and_every_module_is_imported() {
        assertThat(rules()).hasSize(11);
        assertThat(PRODUCTION.stream().map(javaClass -> javaClass.getPackageName().split("\\.")[3]).distinct())
                .contains("domain", "application", "adapter", "app");
    }

    private static ArchRule read(Field field) {
        try {
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
