package com.padelyzer.bff.adapter.web.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointTypeTest {

    @Test
    void tells_the_endpoint_type_from_the_path() {
        assertThat(EndpointType.ofPath("/api/bff/bi/analytics/club/")).isEqualTo(EndpointType.DASHBOARD);
        assertThat(EndpointType.ofPath("/api/bff/auth/context/")).isEqualTo(EndpointType.AUTH_CONTEXT);
        assertThat(EndpointType.ofPath("/api/bff/auth/context")).isEqualTo(EndpointType.AUTH_CONTEXT);
        assertThat(EndpointType.ofPath("/api/bff/bi/availability/bulk/")).isEqualTo(EndpointType.AVAILABILITY);
        assertThat(EndpointType.ofPath("/api/bff/auth/user-clubs/")).isEqualTo(EndpointType.DEFAULT);
        assertThat(EndpointType.ofPath("/api/bff/bi/analyticsx/")).isEqualTo(EndpointType.DEFAULT);
    }
}
