package org.lungang.webui.archfixture.ui;

import org.springframework.data.repository.Repository;

/** A view that reads a repository directly: what {@code ArchitectureTest} must refuse. */
public class ViewWithRepository {

    /** A repository of the fixture. */
    public interface Things extends Repository<Object, Long> {
    }

    private final Things things;

    public ViewWithRepository(Things things) {
        this.things = things;
    }

    public Things things() {
        return things;
    }
}
