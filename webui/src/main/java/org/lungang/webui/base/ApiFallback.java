package org.lungang.webui.base;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An {@code /api/...} path that no controller serves is a 404 problem detail, not the UI's HTML page (Vaadin serves
 * every path nothing else claims). This mapping comes after the controllers' (so a known path with the wrong method
 * stays a 405) and before Vaadin's.
 */
@Configuration
class ApiFallback {

    @Bean
    SimpleUrlHandlerMapping apiFallbackMapping(ObjectMapper objectMapper) {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(HttpStatus.NOT_FOUND,
                    "Not found", "No API route " + request.getMethod() + " " + request.getRequestURI()
                            + " (the routes are listed at /v3/api-docs)", List.of()));
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1000);
        return mapping;
    }
}
