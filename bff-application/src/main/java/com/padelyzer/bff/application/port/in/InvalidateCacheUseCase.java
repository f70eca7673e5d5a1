package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.application.cache.DataChange;
import java.util.Objects;

/** Evicts exactly the cache keys a data change makes stale (the LISTEN/NOTIFY listener calls it). */
public interface InvalidateCacheUseCase {

    /** Returns how many entries were evicted. */
    long invalidateCache(InvalidateCacheCommand command);

    record InvalidateCacheCommand(DataChange change) {
        public InvalidateCacheCommand {
            Objects.requireNonNull(change, "change");
        }
    }
}
