package org.salespipeline.jira.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import org.salespipeline.text.Message;
import java.util.Set;
import java.util.stream.Collectors;
import org.salespipeline.jira.system.HostApiReferences.Kind;
import org.salespipeline.jira.system.HostApiReferences.Reference;

/**
 * Looks up, in the running host, every member of its API the app's bytecode refers to, as the JVM would when
 * the call first runs: the type must exist and be a class or an interface as called, and the member must be
 * there with the same parameter and return types.
 */
public final class HostApiCheck {

    private HostApiCheck() {
    }

    /** What the lookup found for one member: null problem when it is there as called. */
    public record Finding(Reference reference, Message problem) {

        public boolean present() {
            return problem == null;
        }
    }

    /** Every member of the list, looked up through {@code loader}. */
    public static List<Finding> check(List<Reference> references, ClassLoader loader) {
        List<Finding> findings = new ArrayList<>();
        for (Reference reference : references) {
            findings.add(new Finding(reference, problem(reference, loader)));
        }
        return findings;
    }

    static Message problem(Reference reference, ClassLoader loader) {
        Class<?> owner;
        try {
            owner = Class.forName(reference.owner(), false, loader);
        } catch (ClassNotFoundException | LinkageError missing) {
            return Message.of("sales-pipeline.system.api.no-type", reference.owner());
        }
        if (reference.kind() == Kind.INTERFACE_METHOD && !owner.isInterface()) {
            return Message.of("sales-pipeline.system.api.not-interface", reference.owner());
        }
        if (reference.kind() == Kind.METHOD && owner.isInterface()) {
            return Message.of("sales-pipeline.system.api.not-class", reference.owner());
        }
        try {
            boolean found = reference.kind() == Kind.FIELD ? hasField(owner, reference)
                    : reference.name().equals("<init>") ? hasConstructor(owner, reference.descriptor())
                    : hasMethod(owner, reference.name(), reference.descriptor());
            return found ? null : Message.of(reference.kind() == Kind.FIELD ? "sales-pipeline.system.api.no-field"
                    : "sales-pipeline.system.api.no-method", reference.name() + reference.descriptor(), reference.owner());
        } catch (LinkageError unloadable) {
            return Message.of("sales-pipeline.system.api.uninspectable", reference.owner(), String.valueOf(unloadable));
        }
    }

    private static boolean hasField(Class<?> owner, Reference reference) {
        String descriptor = reference.descriptor().substring(1);
        for (Class<?> type : hierarchy(owner)) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(reference.name()) && field.getType().descriptorString().equals(descriptor)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasConstructor(Class<?> owner, String descriptor) {
        for (Constructor<?> constructor : owner.getDeclaredConstructors()) {
            if (descriptor.equals(descriptorOf(constructor.getParameterTypes(), void.class))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMethod(Class<?> owner, String name, String descriptor) {
        for (Class<?> type : hierarchy(owner)) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name)
                        && descriptor.equals(descriptorOf(method.getParameterTypes(), method.getReturnType()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The type, its superclasses and every interface above them, as method resolution searches them. */
    private static List<Class<?>> hierarchy(Class<?> owner) {
        List<Class<?>> order = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(owner));
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            order.add(type);
            if (type.getSuperclass() != null) {
                pending.add(type.getSuperclass());
            }
            pending.addAll(Arrays.asList(type.getInterfaces()));
        }
        if (owner.isInterface()) {
            order.add(Object.class);
        }
        return order;
    }

    private static String descriptorOf(Class<?>[] parameters, Class<?> returned) {
        return Arrays.stream(parameters).map(Class::descriptorString).collect(Collectors.joining("", "(", ")"))
                + returned.descriptorString();
    }
}
