package org.salespipeline.jira;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.salespipeline.text.Message;

/**
 * Tells whether Jira offers a host service that the app references optionally, without calling it.
 *
 * <p>An optional {@code osgi:reference} is a proxy that is there even when no service backs it; a call then
 * fails at once (timeout 0). Every such proxy implements Gemini Blueprint's {@code ImportedOsgiServiceProxy},
 * whose {@code getServiceReference().getTargetServiceReference()} is null while nothing backs it. The app
 * reads it by name, so that it needs no import of the extender's packages; anything that is not such a proxy
 * (a plain object, as outside OSGi) counts as offered.
 */
public final class HostService {

    private HostService() {
    }

    /** One host service the app refers to: the interface it asks for and the reference it was given. */
    public record Needed(Class<?> type, Object reference) {
    }

    public static Needed of(Class<?> type, Object reference) {
        return new Needed(type, reference);
    }

    /** The interface names of the services Jira does not offer now, in the order given. */
    public static List<String> missing(Needed... services) {
        List<String> missing = new ArrayList<>();
        for (Needed service : services) {
            if (!offered(service.reference())) {
                missing.add(service.type().getName());
            }
        }
        return missing;
    }

    /** True when a service backs the reference now (or when it is no OSGi service proxy at all). */
    public static boolean offered(Object reference) {
        if (reference == null) {
            return false;
        }
        try {
            Method serviceReference = publicMethod(reference.getClass(), "getServiceReference");
            if (serviceReference == null) {
                return true;
            }
            Object proxyReference = serviceReference.invoke(reference);
            Method target = proxyReference == null ? null : publicMethod(proxyReference.getClass(), "getTargetServiceReference");
            return target == null || target.invoke(proxyReference) != null;
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
            // Not readable as a proxy: a call will tell.
            return true;
        }
    }

    /**
     * What went wrong, as a message for an admin: a class the app cannot see is named as what this Jira lacks, a
     * service Jira stopped offering as such; anything else by its type and message, as Jira reported it.
     */
    public static Message describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                String name = cause.getMessage() == null ? "?" : cause.getMessage().replace('/', '.');
                return Message.of("sales-pipeline.host.class-hidden", name, cause.getClass().getSimpleName());
            }
        }
        String detail = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return Message.of(isServiceUnavailable(failure) ? "sales-pipeline.host.service-stopped" : "sales-pipeline.host.failed",
                detail);
    }

    /** True for the extender's answer to a call on an optional reference that nothing backs. */
    public static boolean isServiceUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ServiceUnavailableException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A public method of the type, as a public class or interface above it declares it, so that it can be called on
     * a hidden implementation (proxy classes and option implementations are often not public); null when none has it.
     */
    public static Method publicMethod(Class<?> type, String name, Class<?>... parameters) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> candidate = types.poll();
            if (Modifier.isPublic(candidate.getModifiers())) {
                try {
                    Method method = candidate.getMethod(name, parameters);
                    if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                        return method;
                    }
                } catch (NoSuchMethodException notHere) {
                    // a supertype may still declare it
                }
            }
            types.addAll(List.of(candidate.getInterfaces()));
            if (candidate.getSuperclass() != null) {
                types.add(candidate.getSuperclass());
            }
        }
        return null;
    }
}
