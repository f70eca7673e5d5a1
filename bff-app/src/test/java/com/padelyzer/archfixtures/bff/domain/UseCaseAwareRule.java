package com.padelyzer.archfixtures.bff.domain;

import com.padelyzer.archfixtures.bff.application.port.in.ShowClubUseCase;

/** Breaks domain_does_not_know_use_cases and dependencies_point_inward. */
public class UseCaseAwareRule {
    ShowClubUseCase useCase;
}
