package org.salespipeline.demo;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Lets templates call only the methods the plugin descriptor's {@code velocity-allowlist} names, as Jira's
 * Velocity does: {@code class#method(parameter types)}, the class being the one that declares the method or a
 * public type above it. Anything else, property-style reads included, fails the render with the missing entry.
 */
public final class AllowlistUberspector extends UberspectImpl {

    private static final Set<String> ALLOWED = Set.copyOf(PluginDescriptor.load().texts("method"));

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        VelMethod method = super.getMethod(obj, methodName, args, i);
        if (method instanceof VelMethodImpl resolved && obj != null) {
            requireAllowed(obj.getClass(), resolved.getMethod(), i);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        throw new VelocityException("Templates call methods, not properties: ." + identifier + " at " + i);
    }

    static void requireAllowed(Class<?> type, Method method, Info at) {
        Set<String> names = signatures(type, method);
        if (names.stream().noneMatch(ALLOWED::contains)) {
            throw new VelocityException("Not on the descriptor's velocity-allowlist: " + names.iterator().next()
                    + " (called at " + at + ")");
        }
    }

    /** The method's signature as written in the allowlist, on every class and interface of the object that has it. */
    static Set<String> signatures(Class<?> type, Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(","));
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add(method.getDeclaringClass().getName() + "#" + method.getName() + "(" + parameters + ")");
        Deque<Class<?>> pending = new ArrayDeque<>(Set.of(type));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> c = pending.pop();
            if (!seen.add(c)) {
                continue;
            }
            try {
                c.getMethod(method.getName(), method.getParameterTypes());
                names.add(c.getName() + "#" + method.getName() + "(" + parameters + ")");
            } catch (NoSuchMethodException notHere) {
                // a supertype without the method adds no name
            }
            if (c.getSuperclass() != null) {
                pending.push(c.getSuperclass());
            }
            pending.addAll(Arrays.asList(c.getInterfaces()));
        }
        return names;
    }
}
