package org.lungang.data.generator;

import org.lungang.solver.domain.GeoPoint;

/** A township (镇/乡): its name and the centre its town and village schools gather around. */
record Township(String name, GeoPoint centre) {
}
