package com.padelyzer.bff.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.permission.UserAccess;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

/** The caller check's verdict: who may use the management endpoints (SPEC §4). */
class AuthorizationTest {

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void staff_and_superusers_may_manage_and_nobody_else(@ForAll boolean staff, @ForAll boolean superuser) {
        UserAccess access = new UserAccess(People.user(5, staff, superuser, null), List.of(), List.of());
        assertThat(new Authorization.Admitted(access).mayManage()).isEqualTo(staff || superuser);
    }
}
