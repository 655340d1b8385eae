package com.atlassian.activeobjects.external;

/**
 * Stand-in (compile only, never packaged) for one step of an app's Active Objects model: the {@code <ao>} module's
 * {@code <upgradeTask>} classes, run in the order of their model versions for every version newer than the stored one.
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ActiveObjectsUpgradeTask.java (decompiled: an interface of getModelVersion() and upgrade(ModelVersion, ActiveObjects))
 * Checked: ngannk-fptu/Decompiled-Files@e0c88ec563272f9372f9fac81f0479cfda22f788:com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java
 */
public interface ActiveObjectsUpgradeTask {

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../external/ActiveObjectsUpgradeTask.java (ModelVersion getModelVersion()) */
    ModelVersion getModelVersion();

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../external/ActiveObjectsUpgradeTask.java (void upgrade(ModelVersion, ActiveObjects)) */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
