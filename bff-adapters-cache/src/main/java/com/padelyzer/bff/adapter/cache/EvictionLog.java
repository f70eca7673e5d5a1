package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.KeyPattern;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last evictions of this instance, numbered, so an answer computed before a change can be refused after the
 * change's eviction ({@code keep} with the mark taken before computing). Bounded: when a mark is older than the
 * oldest eviction still held, every key counts as evicted since, so the worst case is an entry not kept.
 */
final class EvictionLog {

    private final int capacity;
    private final Deque<Eviction> recent = new ArrayDeque<>();
    private long lastSequence;

    EvictionLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an eviction log holds at least one eviction");
        }
        this.capacity = capacity;
    }

    synchronized long mark() {
        return lastSequence;
    }

    synchronized void record(KeyPattern pattern) {
        recent.addLast(new Eviction(++lastSequence, pattern));
        if (recent.size() > capacity) {
            recent.removeFirst();
        }
    }

    /** Whether an eviction matching {@code key} was recorded after {@code mark} (or may have been: log overrun). */
    synchronized boolean evictedSince(String key, long mark) {
        if (mark >= lastSequence) {
            return false;
        }
        if (recent.isEmpty() || recent.peekFirst().sequence() > mark + 1) {
            return true;
        }
        for (var eviction = recent.descendingIterator(); eviction.hasNext(); ) {
            Eviction next = eviction.next();
            if (next.sequence() <= mark) {
                return false;
            }
            if (next.pattern().matches(key)) {
                return true;
            }
        }
        return false;
    }

    private record Eviction(long sequence, KeyPattern pattern) {
    }
}
