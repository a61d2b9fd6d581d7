package org.icerules.model.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names a component of {@link Case} as a public fact: its spec name and a plain-words label. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Fact {
    /** The fact's name in scenario files, e.g. {@code hours-until-release}. */
    String name();

    /** What the fact means, in plain words (shown by {@code list facts} and the web form). */
    String doc();

    /** Default value, spelled as in a scenario file. */
    String byDefault();
}
