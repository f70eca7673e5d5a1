package com.padelyzer.bff.adapter.web.error;

/** The fixed error bodies that several handlers share. */
public final class ApiErrors {

    public static final ApiError UNAUTHORIZED =
            new ApiError("Authentication credentials were not provided or are invalid", "unauthorized");
    public static final ApiError FORBIDDEN = new ApiError("You do not have permission to perform this action", "forbidden");
    public static final ApiError CLUB_NOT_FOUND = new ApiError("Club not found or access denied", "not_found");
    /** For a court that does not exist and a court of a club the caller may not read alike (SPEC §4). */
    public static final ApiError COURT_NOT_FOUND = new ApiError("Court not found or access denied", "not_found");
    public static final ApiError NO_ORGANIZATION =
            new ApiError("The user has no active organization", "no_organization");
    public static final ApiError UNSUPPORTED_MEDIA_TYPE =
            new ApiError("Send the body as application/json", "unsupported_media_type");
    public static final ApiError SERVICE_UNAVAILABLE =
            new ApiError("The service is temporarily unavailable, retry shortly", "service_unavailable");

    private ApiErrors() {
    }
}
