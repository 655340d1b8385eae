package com.atlassian.activeobjects.external;

/**
 * Stand-in (compile only, never packaged) for the number of an app's Active Objects model; a null text is version 0,
 * the version of tables no upgrade task has touched. The demo host and the store tests run on this class as written.
 * Jira kind: class
 * Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ModelVersion.java (decompiled: a final class over an int)
 * Checked: ngannk-fptu/Decompiled-Files@e0c88ec563272f9372f9fac81f0479cfda22f788:com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
 */
public final class ModelVersion {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../external/ModelVersion.java (static ModelVersion valueOf(String), null giving 0) */
    public static ModelVersion valueOf(String text) {
        return new ModelVersion(text == null ? 0 : Integer.parseInt(text.trim()));
    }

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../external/ModelVersion.java (boolean isOlderThan(ModelVersion)) */
    public boolean isOlderThan(ModelVersion other) {
        return version < other.version;
    }

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../external/ModelVersion.java (toString() gives the number) */
    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
