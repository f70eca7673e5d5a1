package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.openapi.ManagementResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cache flush (SPEC §7): drops kept answers by type, of one club or one user, in this process and (with Redis) in
 * Redis and every other instance's L1. Staff only; answers how many entries went.
 */
@Tag(name = "Management")
@Controller("/api/management/bff/cache/flush/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CacheFlushController {

    private final FlushCacheUseCase flush;
    private final ReadPath path;
    private final JsonMapper json;

    CacheFlushController(FlushCacheUseCase flush, ReadPath path, JsonMapper json) {
        this.flush = flush;
        this.path = path;
        this.json = json;
    }

    @Operation(summary = "Flush cached answers by type, of one club or one user (staff only)",
            description = "Body: {\"type\": \"all\"|\"dashboard\"|\"availability\"|\"auth\"|\"permissions\", "
                    + "\"club_id\"?: uuid, \"user_id\"?: integer}. auth: auth contexts; permissions: user "
                    + "permissions and the caller check's values (bff:permissions:<user>:..., bff:club:<club>:...). "
                    + "club_id narrows to the club's keys, user_id to the user's; both at once, dashboard or "
                    + "availability with user_id, and auth with club_id match nothing and are refused.")
    @ApiResponse(responseCode = "200", description = "How many entries went",
            content = @Content(schema = @Schema(implementation = FlushedBody.class)))
    @ApiResponse(responseCode = "400", description = "Invalid JSON, unknown type, malformed club or user id, or a "
            + "combination that matches nothing", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ManagementResponses
    @Post
    FlushedBody post(Caller caller, @Nullable @Body String body) {
        path.admit(caller, Access.staff());
        return new FlushedBody(flush.flushCache(FlushParameters.from(json, body)));
    }

    @Serdeable
    record FlushedBody(long flushed) {
    }
}
