package org.lungang.webui.base.ui;

import org.lungang.webui.archfixturea.FeatureA;

/** Shared code that reaches into a feature: what {@code ArchitectureTest} must refuse. */
public class BaseUsingAFeature {

    public FeatureA feature() {
        return new FeatureA();
    }
}
