package org.salespipeline.jira;

import java.util.function.Supplier;
import org.salespipeline.text.EnglishTexts;

/**
 * One component of {@link OnDemand}, typed: built when first asked for; when it cannot be built (a class
 * this Jira does not show apps, a service it does not offer) each call fails, its message naming what is
 * missing.
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private final OnDemand components;
    private final String beanName;
    private final Class<T> type;

    public OnFirstUse(OnDemand components, String beanName, Class<T> type) {
        this.components = components;
        this.beanName = beanName;
        this.type = type;
    }

    /** Builds the component (once; later calls get the same one), or fails naming what this Jira lacks. */
    @Override
    public T get() {
        try {
            return type.cast(components.component(beanName));
        } catch (RuntimeException | LinkageError failure) {
            throw new IllegalStateException(EnglishTexts.INSTANCE.text(HostService.describe(failure)), failure);
        }
    }
}
