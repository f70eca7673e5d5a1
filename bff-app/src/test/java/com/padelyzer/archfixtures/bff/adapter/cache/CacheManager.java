package com.padelyzer.archfixtures.bff.adapter.cache;

/** Breaks no_vague_type_names. */
public class CacheManager {
}
