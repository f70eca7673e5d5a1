package com.padelyzer.bff.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of advice of the performance report, with the evidence that triggered it: which rule, a sentence, and
 * which endpoint type (empty for the cache or the database as a whole), which figure, its value and the threshold
 * it crossed.
 */
public record Recommendation(String rule, String message, Evidence evidence) {

    public Recommendation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(evidence, "evidence");
    }

    public record Evidence(Optional<String> endpoint, String figure, double value, double threshold) {
        public Evidence {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(figure, "figure");
        }
    }
}
