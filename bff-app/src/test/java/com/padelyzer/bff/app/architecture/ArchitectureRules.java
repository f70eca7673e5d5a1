package com.padelyzer.bff.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/**
 * The architecture rules of SPEC §2 and STYLE.md, one rule per sentence. They are checked against the
 * production classes ({@link ArchitectureRulesTest}) and against deliberately broken samples
 * ({@link ArchitectureRulesCatchViolationsTest}), so that a rule that silently matches nothing is caught.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    private static boolean isApplicationTypeHiddenFromWeb(JavaClass type) {
        String name = type.getName();
        if (!name.contains(".bff.application.") || name.contains(".bff.application.port.in.")) {
            return false;
        }
        String topLevel = name.substring(name.lastIndexOf('.') + 1).split("\\$")[0];
        return !WEB_VISIBLE_APPLICATION_TYPES.contains(topLevel);
    }

    static final ArchRule dependencies_point_inward = onionArchitecture()
            .domainModels("..bff.domain..")
            .applicationServices("..bff.application..")
            .adapter("web", "..bff.adapter.web..")
            .adapter("persistence", "..bff.adapter.persistence..")
            .adapter("cache", "..bff.adapter.cache..")
            .ignoreDependency(resideInAPackage("..bff.app.."), alwaysTrue())
            .withOptionalLayers(true)
            .because("the core must not know its adapters, and adapters must not know each other "
                    + "(docs/rules/dependencies-point-inward.md)");

    static final ArchRule core_is_plain_java = classes()
            .that().resideInAnyPackage("..bff.domain..", "..bff.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..bff.domain..", "..bff.application..")
            .because("domain and application must build and test without any framework "
                    + "(docs/rules/core-is-plain-java.md)");

    static final ArchRule core_does_no_io = noClasses()
            .that().resideInAnyPackage("..bff.domain..", "..bff.application..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
            .because("the core reaches databases, networks and files only through its out-ports "
                    + "(docs/rules/core-is-plain-java.md)");

    static final ArchRule domain_does_not_know_use_cases = noClasses()
            .that().resideInAPackage("..bff.domain..")
            .should().dependOnClassesThat().resideInAPackage("..bff.application..")
            .because("the domain is the innermost ring and is embedded on its own "
                    + "(docs/rules/dependencies-point-inward.md)");

    static final ArchRule adapters_enter_through_ports = noClasses()
            .that().resideInAPackage("..bff.adapter..")
            .should().dependOnClassesThat().resideInAPackage("..bff.application.service..")
            .because("adapters talk to the core through its ports only (docs/rules/adapters-enter-through-ports.md)");

    /**
     * The application types the web adapter may use besides every in-port: the cache policy (keys, types, TTLs, the
     * change an invalidation names), the response cache it keeps rendered answers in, and the store-down signal.
     */
    static final Set<String> WEB_VISIBLE_APPLICATION_TYPES = Set.of("CacheKeys", "CacheType", "CacheTtls",
            "DataChange", "CachedResponse", "ResponseCachePort", "StoreUnavailableException");

    static final ArchRule web_uses_only_its_application_types = noClasses()
            .that().resideInAPackage("..bff.adapter.web..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "application types other than the in-ports and " + new TreeSet<>(WEB_VISIBLE_APPLICATION_TYPES),
                    ArchitectureRules::isApplicationTypeHiddenFromWeb))
            .because("controllers call use cases; the read path needs the cache policy and store, nothing else "
                    + "(docs/rules/adapters-enter-through-ports.md)");

    static final ArchRule in_ports_are_use_cases = classes()
            .that().resideInAPackage("..bff.application.port.in..").and().areInterfaces()
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase")
            .because("one interface per screen-level question, named <Verb><Thing>UseCase "
                    + "(docs/rules/port-naming.md)");

    static final ArchRule out_ports_are_ports = classes()
            .that().resideInAPackage("..bff.application.port.out..").and().areInterfaces()
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("Port")
            .because("an out-port is named for the need it serves, ending in Port (docs/rules/port-naming.md)");

    static final ArchRule core_takes_time_from_a_clock = noClasses()
            .that().resideInAnyPackage("..bff.domain..", "..bff.application..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected java.time.Clock, so rules are testable at any instant "
                    + "(docs/rules/time-from-a-clock.md)");

    static final ArchRule no_grab_bag_packages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..shared..")
            .because("a function lives on its type or in a named domain service (docs/rules/no-grab-bags.md)");

    static final ArchRule no_vague_type_names = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("names explain what a type does (docs/rules/no-grab-bags.md)");
}
