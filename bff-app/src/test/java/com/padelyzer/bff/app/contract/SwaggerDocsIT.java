package com.padelyzer.bff.app.contract;

import com.padelyzer.bff.app.http.ContractAccess;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document and its Swagger UI are served without a token, and the UI loads nothing from the internet. */
class SwaggerDocsIT {

    @Test
    void the_swagger_ui_answers_without_a_token_and_loads_its_assets_from_this_server() {
        HttpResponse<String> page = ContractAccess.get("/swagger-ui/index.html", null);

        assertThat(page.code()).isEqualTo(200);
        assertThat(ContractAccess.body(page)).contains("/swagger-ui/res/swagger-ui-bundle.js")
                .doesNotContainPattern("(src|href)=\"https?://").doesNotContain("cdn").doesNotContain("unpkg");
        assertThat(ContractAccess.get("/swagger-ui/res/swagger-ui-bundle.js", null).code()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_answers_without_a_token() {
        String page = ContractAccess.body(ContractAccess.get("/swagger-ui/index.html", null));
        String document = page.replaceAll("(?s).*(/swagger/[^'\"]+\\.yml).*", "$1");

        HttpResponse<String> response = ContractAccess.get(document, null);

        assertThat(response.code()).isEqualTo(200);
        assertThat(ContractAccess.body(response)).startsWith("openapi: 3.").contains("title: Padel BFF")
                .contains("bearerAuth");
    }
}
