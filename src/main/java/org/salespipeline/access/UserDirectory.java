package org.salespipeline.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The users Jira knows, looked up without the Browse users permission: by user key, which never changes, and by
 * user name, matched as Jira matches user names (ignoring case). The store keeps deal owners by user key.
 */
public interface UserDirectory {

    /** The user with this key; empty when Jira does not know the key (a deleted user, or no user at all). */
    Optional<User> byKey(String key);

    /** The user with this user name, ignoring case; empty when Jira knows no such user name. */
    Optional<User> byName(String username);

    /** The user a value names: taken as a user key first, then as a user name. */
    default Optional<User> find(String keyOrName) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        Optional<User> byKey = byKey(keyOrName);
        return byKey.isPresent() ? byKey : byName(keyOrName);
    }

    /** A Jira user: key, user name and display name. */
    record User(String key, String username, String displayName) {
        public User {
            Objects.requireNonNull(key, "key");
        }
    }
}
