package org.salespipeline.jira;

/**
 * The app's components that are built on first use rather than at start-up: those that need host services
 * or Jira packages this Jira may not offer apps (provisioning's Jira adapters, the change-history reader).
 * The Spring XML backs it with Spring's {@code ServiceLocatorFactoryBean}; a component whose service or
 * class is missing then fails alone, when it is asked for, instead of keeping the app from starting.
 */
public interface OnDemand {

    /** The component of the app's Spring XML with this bean name, built when first asked for. */
    Object component(String beanName);
}
