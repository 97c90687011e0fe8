package org.lungang.webui.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.lungang.webui.base.AbstractEntity;

/** Who changed what, and when. The detail names ids and counts, never a teacher's personal data. */
@Entity
@JsonIgnoreProperties("createdAt") // the REST API names it occurredAt, as the column
@AttributeOverride(name = "createdAt", column = @Column(name = "occurred_at"))
@Table(name = "audit_event")
public class AuditEvent extends AbstractEntity {

    private String username;
    private String action;
    private String targetType;
    private String targetId;
    @Column(columnDefinition = "text")
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, String targetType, String targetId,
            String detail) {
        super(occurredAt);
        this.username = username;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
    }

    public Instant getOccurredAt() { return getCreatedAt(); }
    public String getUsername() { return username; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getDetail() { return detail; }
}
