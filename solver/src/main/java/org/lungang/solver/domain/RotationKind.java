package org.lungang.solver.domain;

/** What a move is, derived from who moves and in which direction. */
public enum RotationKind {
    /** Urban or stronger school to a more rural or weaker one (支教). */
    SUPPORT,
    /** Rural or weaker school to an urban or stronger one, for training (挂职锻炼/跟岗). */
    SECONDMENT,
    /** A principal taking over another school of the same stage. */
    PRINCIPAL
}
