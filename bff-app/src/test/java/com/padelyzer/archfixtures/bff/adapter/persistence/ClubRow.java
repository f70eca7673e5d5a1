package com.padelyzer.archfixtures.bff.adapter.persistence;

/** A persistence row. */
public record ClubRow(String id, String name) {
}
