package org.lungang.webui.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first (administrators only). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditService auditService;

    AuditController(AuditService auditService) {
        this.auditService = auditService;
    }

    @GetMapping
    List<AuditEvent> latest(@RequestParam(defaultValue = "100") int count) {
        return auditService.latest(count);
    }
}
