package com.padelyzer.archfixtures.bff.adapter.web;

import com.padelyzer.archfixtures.bff.adapter.persistence.ClubRow;

/** Breaks dependencies_point_inward: one adapter reading another's rows. */
public class ClubPage {
    ClubRow row;
}
