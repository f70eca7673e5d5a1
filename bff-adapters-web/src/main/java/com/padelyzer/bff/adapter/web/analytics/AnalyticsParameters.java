package com.padelyzer.bff.adapter.web.analytics;

import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.adapter.web.request.Parameters;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import io.micronaut.http.HttpParameters;

import java.util.function.UnaryOperator;

/**
 * The dashboard parameters with defaults filled in, read alike from a query string and a JSON body. {@code club}
 * is the club that cannot exist when its id is malformed, a JSON number or any other non-string JSON value included
 * (answered 404 like an unknown club); every other fault is a 400 here.
 */
record AnalyticsParameters(ClubId club, AnalyticsPeriod period, boolean includeRevenue,
                           boolean includeOccupancy, boolean includeCustomers, boolean comparePrevious) {

    static AnalyticsParameters fromQuery(HttpParameters parameters) {
        return read(parameters.get("club"), parameters::get, parameters::get);
    }

    static AnalyticsParameters fromBody(JsonBody body) {
        return read(body.id("club"), body::text, body::flag);
    }

    private static AnalyticsParameters read(String clubId, UnaryOperator<String> text, UnaryOperator<String> flag) {
        ClubId club = Parameters.club(clubId);
        return new AnalyticsParameters(club, Parameters.period(text.apply("period")),
                Parameters.flag("include_revenue", flag.apply("include_revenue"), true),
                Parameters.flag("include_occupancy", flag.apply("include_occupancy"), true),
                Parameters.flag("include_customers", flag.apply("include_customers"), true),
                Parameters.flag("compare_previous", flag.apply("compare_previous"), true));
    }

    GetClubAnalyticsQuery query() {
        return new GetClubAnalyticsQuery(club, period, includeRevenue, includeOccupancy, includeCustomers,
                comparePrevious);
    }
}
