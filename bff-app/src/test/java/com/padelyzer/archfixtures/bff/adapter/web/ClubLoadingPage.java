package com.padelyzer.archfixtures.bff.adapter.web;

import com.padelyzer.archfixtures.bff.application.port.out.LoadClubPort;

/** Breaks web_uses_only_its_application_types: a page reading through an out-port instead of a use case. */
public class ClubLoadingPage {
    LoadClubPort clubs;
}
