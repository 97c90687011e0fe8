package org.lungang.webui.base;

/** The request conflicts with the current state (e.g. a job that is already over); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
