package com.padelyzer.bff.adapter.web.error;

/** The fixed error bodies that several handlers share. */
public final class ApiErrors {

    public static final ApiError UNAUTHORIZED =
            new ApiError("Authentication credentials were not provided or are invalid", "unauthorized");
    public static final ApiError FORBIDDEN = new ApiError("You do not have permission to perform this action", "forbidden");
    public static final ApiError CLUB_NOT_FOUND = new ApiError("Club not found or access denied", "not_found");
    public static final ApiError SERVICE_UNAVAILABLE =
            new ApiError("The service is temporarily unavailable, retry shortly", "service_unavailable");

    private ApiErrors() {
    }
}
