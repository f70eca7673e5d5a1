package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.adapter.web.request.Parameters;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushCacheCommand;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushTarget;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.json.JsonMapper;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The flush's body (SPEC §7): {@code {"type": ..., "club_id"?: uuid, "user_id"?: positive integer}}. 400
 * {@code invalid_json} for a body that is no JSON object, {@code missing_type} / {@code invalid_type},
 * {@code invalid_club_id}, {@code invalid_user_id} (a JSON integer or its digits as a string), and
 * {@code invalid_flush} for a combination no entry can match (e.g. dashboards of a user).
 */
final class FlushParameters {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final String TYPES = Arrays.stream(FlushTarget.values()).map(FlushTarget::code)
            .collect(Collectors.joining(", "));

    private FlushParameters() {
    }

    static FlushCacheCommand from(JsonMapper json, String text) {
        JsonBody body = JsonBody.parse(json, text);
        FlushTarget target = FlushTarget.fromCode(Parameters.required("type", body.text("type")))
                .orElseThrow(() -> Parameters.invalid("type", "'type' must be one of " + TYPES));
        Optional<ClubId> club = Optional.ofNullable(body.text("club_id"))
                .map(raw -> Parameters.strictClub("club_id", raw));
        Optional<UserId> user = user(body.id("user_id"));
        try {
            return new FlushCacheCommand(target, club, user);
        } catch (IllegalArgumentException cannotMatch) {
            throw ApiErrorException.badRequest(cannotMatch.getMessage(), "invalid_flush");
        }
    }

    /** A JSON integer or its digits as a string (the JSON text of any other value is no user id). */
    private static Optional<UserId> user(String member) {
        if (member == null) {
            return Optional.empty();
        }
        String digits = member.trim();
        if (!DIGITS.matcher(digits).matches() || Long.parseLong(digits) <= 0) {
            throw Parameters.invalid("user_id", "'user_id' must be a user id (a positive integer)");
        }
        return Optional.of(new UserId(Long.parseLong(digits)));
    }
}
