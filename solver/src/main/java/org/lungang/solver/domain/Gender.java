package org.lungang.solver.domain;

public enum Gender {
    MALE,
    FEMALE
}
