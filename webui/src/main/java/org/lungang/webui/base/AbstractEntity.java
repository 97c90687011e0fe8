package org.lungang.webui.base;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every stored record has: the id the database gives it, and when it was created (column {@code created_at};
 * an entity whose column is named otherwise overrides it, so the schema stays as it is).
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant createdAt;

    /** For JPA, which fills the fields from the row. */
    protected AbstractEntity() {
    }

    protected AbstractEntity(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
