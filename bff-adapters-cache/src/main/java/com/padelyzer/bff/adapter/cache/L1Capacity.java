package com.padelyzer.bff.adapter.cache;

/**
 * How many bytes of keys and bodies the in-process cache may hold before it drops the least recently used entries.
 * A plain value: the composition root makes it from its configuration record.
 */
public record L1Capacity(long maxBytes) {
    public L1Capacity {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the L1 cache needs a positive byte budget, got " + maxBytes);
        }
    }
}
