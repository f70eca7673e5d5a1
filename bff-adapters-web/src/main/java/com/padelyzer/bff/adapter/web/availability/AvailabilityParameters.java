package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.request.Parameters;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.slot.SlotLength;
import io.micronaut.http.HttpParameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;

import static com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery.MAX_COURTS;

/**
 * The bulk availability parameters. Courts come as {@code courts[]=a&courts[]=b} (Netty decodes a percent-encoded
 * {@code %5B%5D} in the name to the same {@code courts[]}) or {@code courts=a,b}; both forms may be mixed.
 * An empty {@code courts=} or {@code courts[]=} lists no court; none listed means all courts.
 */
record AvailabilityParameters(ClubId club, LocalDate date, Set<CourtId> courts, SlotLength slotLength) {

    static final int YEARS_AROUND_TODAY = 2;

    static AvailabilityParameters fromQuery(HttpParameters parameters, LocalDate today) {
        ClubId club = Parameters.club(parameters.get("club"));
        LocalDate date = Parameters.dateWithin("date", parameters.get("date"), today, YEARS_AROUND_TODAY);
        return new AvailabilityParameters(club, date, courts(parameters), Parameters.slotLength(
                parameters.get("slot_minutes")));
    }

    GetBulkAvailabilityQuery query() {
        return new GetBulkAvailabilityQuery(club, date, courts, slotLength);
    }

    /**
     * An empty value lists no court, in either form ({@code courts=} and {@code courts[]=} alike, as a form with an
     * empty field sends them); no court listed at all means all courts. An empty id inside a list ({@code a,,b}) or
     * a blank one is malformed: 400.
     */
    private static Set<CourtId> courts(HttpParameters parameters) {
        List<String> raw = new ArrayList<>();
        for (String listed : parameters.getAll("courts[]")) {
            if (!listed.isEmpty()) {
                raw.add(listed);
            }
        }
        for (String listed : parameters.getAll("courts")) {
            if (!listed.isEmpty()) {
                raw.addAll(List.of(listed.split(",", -1)));
            }
        }
        if (raw.size() > MAX_COURTS) {
            throw Parameters.invalid("courts", "'courts' lists at most " + MAX_COURTS + " courts");
        }
        Set<CourtId> courts = new LinkedHashSet<>();
        for (String id : raw) {
            if (id.isBlank()) {
                throw Parameters.invalid("courts", "'courts' must list court ids (UUIDs)");
            }
            courts.add(Parameters.court("courts", id));
        }
        return courts;
    }
}
