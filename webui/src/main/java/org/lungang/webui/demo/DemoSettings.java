package org.lungang.webui.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lungang.demo.*}: whether to load the demo county at first start, and which one (the generator's profile
 * and seed).
 */
@ConfigurationProperties("lungang.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("small") String profile,
        @DefaultValue("1") long seed) {
}
