package org.lungang.webui.audit;

import java.time.Instant;
import java.util.List;

import org.lungang.webui.base.access.AdminRead;
import org.springframework.data.domain.PageRequest;
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
        recordAs(currentUsername(), action, targetType, targetId, detail);
    }

    /** Records an event on behalf of a named person who is not logged in (e.g. a failed login). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, String action, String targetType, Object targetId, String detail) {
        // The short columns are cut to their widths; the detail is a text column and is kept whole up to a bound.
        repository.save(new AuditEvent(Instant.now(), cut(username, 100), cut(action, 50), cut(targetType, 50),
                targetId == null ? null : cut(targetId.toString(), 100), cut(detail, MAX_DETAIL)));
    }

    /** Far beyond any policy and weights a scenario records, yet a bound. */
    static final int MAX_DETAIL = 100_000;

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    @AdminRead
    public List<AuditEvent> latest(int count) {
        return repository.findByOrderByCreatedAtDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(count, 1000))));
    }

    public static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }
}
