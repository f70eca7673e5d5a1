package com.padelyzer.archfixtures.bff.application.port.out;

/** Breaks out_ports_are_ports. */
public interface ClubSource {
    String club(String id);
}
