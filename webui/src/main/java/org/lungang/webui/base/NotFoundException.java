package org.lungang.webui.base;

/** A resource the request names does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
