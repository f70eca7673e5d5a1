package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.adapter.web.request.Parameters;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase;
import com.padelyzer.bff.domain.club.ClubId;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The warm-up's body (SPEC §7): {@code club_ids} (absent: every active club; empty: none) and {@code dates}
 * (absent: each club's local today and tomorrow). A malformed id or date, a date more than two years away, or a
 * list too long is 400.
 */
record WarmupParameters(Optional<Set<ClubId>> clubs, Optional<List<LocalDate>> dates) {

    static final int MAX_DATES = 31;
    static final int YEARS_AROUND_TODAY = 2;

    /** An absent or empty body warms every active club for its today and tomorrow. */
    static WarmupParameters from(JsonBody body, LocalDate today) {
        if (body == null) {
            return new WarmupParameters(Optional.empty(), Optional.empty());
        }
        List<String> clubIds = body.texts("club_ids", GetActiveClubsUseCase.MAX_CLUBS);
        Optional<Set<ClubId>> clubs = Optional.ofNullable(clubIds).map(ids -> {
            Set<ClubId> parsed = new LinkedHashSet<>();
            ids.forEach(id -> parsed.add(Parameters.strictClub("club_ids", id)));
            return parsed;
        });
        List<String> dates = body.texts("dates", MAX_DATES);
        return new WarmupParameters(clubs, Optional.ofNullable(dates).map(texts -> texts.stream()
                .map(text -> Parameters.dateWithin("dates", text, today, YEARS_AROUND_TODAY))
                .distinct()
                .toList()));
    }
}
