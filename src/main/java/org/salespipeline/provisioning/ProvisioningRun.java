package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One provisioning run's record: the step under way, every step taken in order, and how to undo each
 * part it created. Undo runs in reverse order and never touches a part the run reused.
 */
final class ProvisioningRun {

    private final List<Taken> taken = new ArrayList<>();
    private String currentKind;

    /** Starts a step that may fail before it finds or creates anything. */
    void begin(String kind) {
        currentKind = kind;
    }

    String currentKind() {
        return currentKind;
    }

    /** Finds the part or creates it; returns its id. The admin page shows the part in Jira's administration. */
    String ensure(String kind, String name, String adminPage, Supplier<Optional<String>> find, Supplier<String> create,
            Consumer<String> delete) {
        return ensure(kind, name, id -> adminPage, find, create, delete);
    }

    /** As {@link #ensure(String, String, String, Supplier, Supplier, Consumer)}, with an admin page found from the part's id. */
    String ensure(String kind, String name, UnaryOperator<String> adminPage, Supplier<Optional<String>> find,
            Supplier<String> create, Consumer<String> delete) {
        currentKind = kind;
        Optional<String> existing = find.get();
        if (existing.isPresent()) {
            taken.add(new Taken(new StepReport(kind, name, StepReport.REUSED, adminPage.apply(existing.get())), null));
            return existing.get();
        }
        String id = create.get();
        taken.add(new Taken(new StepReport(kind, name, StepReport.CREATED, adminPage.apply(id)), () -> delete.accept(id)));
        return id;
    }

    /** Makes something true that may be true already (an item on a screen, a type in a scheme). */
    void ensure(String kind, String name, String adminPage, BooleanSupplier present, Runnable make, Runnable unmake) {
        ensure(kind, name, adminPage, () -> present.getAsBoolean() ? Optional.of(name) : Optional.empty(), () -> {
            make.run();
            return name;
        }, ignored -> unmake.run());
    }

    /** True when the latest step created its part rather than reusing one. */
    boolean lastCreated() {
        return !taken.isEmpty() && StepReport.CREATED.equals(taken.get(taken.size() - 1).step().action());
    }

    List<StepReport> steps() {
        return taken.stream().map(Taken::step).toList();
    }

    /** Undoes what the run created, newest first; reports every step taken with what became of it, in order. */
    List<StepReport> undo() {
        List<StepReport> reports = new ArrayList<>(steps());
        for (int i = taken.size() - 1; i >= 0; i--) {
            Taken step = taken.get(i);
            if (step.undo() == null) {
                continue;
            }
            String action;
            try {
                step.undo().run();
                action = StepReport.UNDONE;
            } catch (RuntimeException | LinkageError failure) {
                action = StepReport.UNDO_FAILED;
            }
            reports.set(i, step.step().with(action));
        }
        return reports;
    }

    private record Taken(StepReport step, Runnable undo) {
    }
}
