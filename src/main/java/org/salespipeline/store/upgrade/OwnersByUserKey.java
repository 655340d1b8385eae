package org.salespipeline.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.store.DealEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 1: deal owners by user key. Releases before it kept each deal's owner by user name, which changes
 * when Jira renames a user; this step looks every stored owner up as a user name (ignoring case, as Jira does) and
 * stores that user's key instead. A name Jira no longer knows stays as it is, so that a former user's deals keep
 * their owner.
 */
public final class OwnersByUserKey implements ActiveObjectsUpgradeTask {

    private static final Logger LOG = LoggerFactory.getLogger(OwnersByUserKey.class);

    private final UserDirectory users;

    public OwnersByUserKey(UserDirectory users) {
        this.users = users;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersions.of(OwnersByUserKey.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // Upgrade steps run before Active Objects migrates the module's tables: this one brings the deal table first.
        ao.migrate(DealEntity.class);
        int[] changed = {0};
        Map<String, String> keys = new HashMap<>();
        int[] unknown = {0};
        ao.executeInTransaction(() -> {
            for (DealEntity row : ao.find(DealEntity.class, Query.select("ID, OWNER").where("OWNER IS NOT NULL"))) {
                String owner = row.getOwner();
                String key = keys.computeIfAbsent(owner, name -> users.byName(name).map(UserDirectory.User::key)
                        .orElseGet(() -> {
                            unknown[0]++;
                            return name;
                        }));
                if (!key.equals(owner)) {
                    row.setOwner(key);
                    row.save();
                    changed[0]++;
                }
            }
            return null;
        });
        LOG.info("Sales Pipeline store model {}: {} deals now name their owner by user key; {} of {} owners are user"
                + " names Jira no longer knows and were kept as they were", getModelVersion(), changed[0], unknown[0],
                keys.size());
    }
}
