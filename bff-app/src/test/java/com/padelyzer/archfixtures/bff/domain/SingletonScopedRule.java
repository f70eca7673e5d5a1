package com.padelyzer.archfixtures.bff.domain;

import io.micronaut.core.annotation.Nullable;

/**
 * Breaks core_is_plain_java: a framework annotation in the domain. (Its name recalls the real danger, a stray
 * {@code @Singleton}; that one is not used here because this test module runs Micronaut's processor, which would
 * generate a bean definition for it.)
 */
public class SingletonScopedRule {
    @Nullable
    String name;
}
