package com.padelyzer.archfixtures.bff.adapter.web;

import com.padelyzer.archfixtures.bff.application.service.ShowClubService;

/** Breaks adapters_enter_through_ports: it holds the service, not the use case. */
public class ClubController {
    ShowClubService service;
}
