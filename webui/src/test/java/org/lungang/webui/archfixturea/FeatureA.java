package org.lungang.webui.archfixturea;

import org.lungang.webui.archfixtureb.FeatureB;

/** One side of a cycle between two feature packages: what {@code ArchitectureTest} must refuse. */
public class FeatureA {

    public FeatureB other() {
        return new FeatureB();
    }
}
