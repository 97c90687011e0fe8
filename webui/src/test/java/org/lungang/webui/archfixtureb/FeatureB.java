package org.lungang.webui.archfixtureb;

import org.lungang.webui.archfixturea.FeatureA;

/** The other side of the cycle. */
public class FeatureB {

    public FeatureA other() {
        return new FeatureA();
    }
}
