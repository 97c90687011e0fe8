package org.lungang.webui.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records the audit trail: every change to users, datasets, scenarios, overrides and solve jobs. */
@Service
public class AuditService {

    /** The name recorded for changes the application makes on its own (first start, restart recovery). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;

    AuditService(AuditEventRepository repository) {
        this.repository = repository;
    }

    /** Records a change by the current user; joins the caller's transaction so both commit or neither. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, Object targetId, String detail) {
        repository.save(new AuditEvent(Instant.now(), currentUsername(), action, targetType,
                targetId == null ? null : targetId.toString(), detail));
    }

    /** Records an event on behalf of a named person who is not logged in (e.g. a failed login). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, String action, String targetType, Object targetId, String detail) {
        repository.save(new AuditEvent(Instant.now(), username, action, targetType,
                targetId == null ? null : targetId.toString(), detail));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int count) {
        return repository.findByOrderByOccurredAtDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(count, 1000))));
    }

    public static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }
}
