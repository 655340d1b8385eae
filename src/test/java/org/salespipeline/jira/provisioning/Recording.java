package org.salespipeline.jira.provisioning;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fakes of Jira's interfaces for the adapters' tests: each call is written down in order as
 * {@code Type.method(arguments)} and answered by the function given for its method name, if any.
 */
public final class Recording {

    public final List<String> calls = new ArrayList<>();
    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

    /** How calls of {@code Type.method} are answered from now on. */
    public Recording answer(String typeAndMethod, Function<Object[], Object> answer) {
        answers.put(typeAndMethod, answer);
        return this;
    }

    public <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = type.getSimpleName() + "." + method.getName();
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "fake " + type.getSimpleName()
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
            }
            Object[] given = args == null ? new Object[0] : args;
            calls.add(name + "(" + Arrays.stream(given).map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            Function<Object[], Object> answer = answers.get(name);
            return answer == null ? null : answer.apply(given);
        }));
    }

    /** A fake whose getters answer the given values, without being written down. */
    public static <T> T value(Class<T> type, Map<String, Object> getters) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                method.getName().equals("toString") ? type.getSimpleName() + getters : getters.get(method.getName())));
    }
}
