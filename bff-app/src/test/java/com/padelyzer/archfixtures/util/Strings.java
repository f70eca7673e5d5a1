package com.padelyzer.archfixtures.util;

/** Breaks no_grab_bag_packages. */
public final class Strings {
    private Strings() {
    }
}
