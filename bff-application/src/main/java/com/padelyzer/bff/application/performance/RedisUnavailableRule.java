package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.util.List;
import java.util.Optional;

/** Redis is configured but does not answer: every instance serves from its own L1 and the database. */
public final class RedisUnavailableRule implements RecommendationRule {

    @Override
    public String name() {
        return "redis_unavailable";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        if (!evidence.redisDown()) {
            return List.of();
        }
        return List.of(new Recommendation(name(), "Redis is configured but does not answer: instances share no "
                + "cache until it is back (it reconnects by itself); check BFF_REDIS_URI and the server",
                new Evidence(Optional.empty(), "redis_available", 0, 1)));
    }
}
