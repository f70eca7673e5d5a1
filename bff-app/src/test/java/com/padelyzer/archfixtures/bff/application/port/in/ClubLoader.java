package com.padelyzer.archfixtures.bff.application.port.in;

/** Breaks in_ports_are_use_cases. */
public interface ClubLoader {
    String load(String id);
}
