package com.padelyzer.bff.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule, run over the deliberately broken classes of {@code com.padelyzer.archfixtures}, reports exactly the
 * classes that break it: a rule that matches nothing, or too much, fails here.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("com.padelyzer.archfixtures");
    private static final Pattern VIOLATING_CLASS =
            Pattern.compile("^\\w+ <com\\.padelyzer\\.archfixtures\\.(?:[a-z]\\w*\\.)*([A-Z]\\w*)");

    static Stream<Arguments> rules_and_their_violators() {
        return Stream.of(
                arguments("dependencies_point_inward", ArchitectureRules.dependencies_point_inward,
                        Set.of("UseCaseAwareRule", "ClubPage")),
                arguments("core_is_plain_java", ArchitectureRules.core_is_plain_java, Set.of("SingletonScopedRule")),
                arguments("core_does_no_io", ArchitectureRules.core_does_no_io, Set.of("JdbcReadingRule")),
                arguments("domain_does_not_know_use_cases", ArchitectureRules.domain_does_not_know_use_cases,
                        Set.of("UseCaseAwareRule")),
                arguments("adapters_enter_through_ports", ArchitectureRules.adapters_enter_through_ports,
                        Set.of("ClubController")),
                arguments("web_uses_only_its_application_types",
                        ArchitectureRules.web_uses_only_its_application_types,
                        Set.of("ClubController", "ClubLoadingPage")),
                arguments("in_ports_are_use_cases", ArchitectureRules.in_ports_are_use_cases, Set.of("ClubLoader")),
                arguments("out_ports_are_ports", ArchitectureRules.out_ports_are_ports, Set.of("ClubSource")),
                arguments("core_takes_time_from_a_clock", ArchitectureRules.core_takes_time_from_a_clock,
                        Set.of("WallClockRule")),
                arguments("no_grab_bag_packages", ArchitectureRules.no_grab_bag_packages, Set.of("Strings")),
                arguments("no_vague_type_names", ArchitectureRules.no_vague_type_names, Set.of("CacheManager")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_and_their_violators")
    void each_rule_reports_exactly_the_classes_that_break_it(String name, ArchRule rule, Set<String> expected) {
        var result = rule.evaluate(FIXTURES);

        assertThat(result.hasViolation()).as(name + " finds a violation").isTrue();
        assertThat(violatingClasses(result.getFailureReport().getDetails())).as(name).isEqualTo(new TreeSet<>(expected));
    }

    private static Set<String> violatingClasses(Iterable<String> details) {
        Set<String> classes = new TreeSet<>();
        for (String detail : details) {
            Matcher matcher = VIOLATING_CLASS.matcher(detail);
            assertThat(matcher.find()).as("a violation names a fixture class: " + detail).isTrue();
            classes.add(matcher.group(1));
        }
        return classes;
    }
}
