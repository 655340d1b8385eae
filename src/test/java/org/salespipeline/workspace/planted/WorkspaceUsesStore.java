package org.salespipeline.workspace.planted;

/** Planted to break an architecture rule (see ArchitectureTest): the deal workspace using the store adapter. Never used. */
public final class WorkspaceUsesStore {
    org.salespipeline.store.StoreException failure;
}
