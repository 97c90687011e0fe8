package org.lungang.webui.base;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A stored record someone made: besides when, who (column {@code created_by}; an entity whose column is named
 * otherwise overrides it, as for the time).
 */
@MappedSuperclass
public abstract class AuthoredEntity extends AbstractEntity {

    private String createdBy;

    /** For JPA, which fills the fields from the row. */
    protected AuthoredEntity() {
    }

    /** Made now, by the named person. */
    protected AuthoredEntity(String createdBy) {
        super(Instant.now());
        this.createdBy = createdBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
