package org.lungang.webui.base;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): every route needs a login. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Lungang API", version = "1",
        description = "Datasets, scenarios, solve jobs and plans of the yearly teacher rotation"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token from POST /api/tokens (lgt_...)")
class OpenApiConfig {
}
