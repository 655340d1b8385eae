package org.salespipeline.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The host services a plugin Spring context may reference, keyed by the interface it asks for. */
public final class HostServices {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices with(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    /** Returns the service for an {@code osgi:reference} interface name, or fails naming what is missing. */
    public Object lookup(String interfaceName) {
        return services.entrySet().stream()
                .filter(entry -> entry.getKey().getName().equals(interfaceName))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No host service provides " + interfaceName));
    }
}
