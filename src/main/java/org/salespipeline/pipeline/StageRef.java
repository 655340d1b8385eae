package org.salespipeline.pipeline;

/** Where a status leads: either an open stage (by key) or an outcome; exactly one of the two is set. */
public record StageRef(String stageKey, Outcome outcome) {

    public StageRef {
        if ((stageKey == null) == (outcome == null)) {
            throw new IllegalArgumentException("A stage reference names either a stage key or an outcome");
        }
    }

    public static StageRef stage(String stageKey) {
        return new StageRef(stageKey, null);
    }

    public static StageRef outcome(Outcome outcome) {
        return new StageRef(null, outcome);
    }

    public boolean isOpenStage() {
        return stageKey != null;
    }

    public boolean is(Outcome candidate) {
        return outcome == candidate;
    }

    @Override
    public String toString() {
        return isOpenStage() ? stageKey : outcome.name();
    }
}
