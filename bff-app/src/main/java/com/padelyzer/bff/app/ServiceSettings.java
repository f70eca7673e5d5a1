package com.padelyzer.bff.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.ZoneId;

/** {@code bff.timezone} ({@code BFF_TIMEZONE}, SPEC §8): the time zone of a club that has none of its own. */
@ConfigurationProperties("bff")
record ServiceSettings(@Bindable(defaultValue = "America/Mexico_City") ZoneId timezone) {
}
