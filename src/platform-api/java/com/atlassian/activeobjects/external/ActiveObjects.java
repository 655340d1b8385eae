package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in (compile only, never packaged) for the Active Objects service Jira hands to apps.
 * create(Class, List) is the batch insert of Active Objects 3.x: its signature is that of net.java.ao.EntityManager in
 * net.java.dev.activeobjects:activeobjects:3.2.11 (Maven Central), to which the service delegates; the service method
 * itself was seen only in a decompiled AO plugin (EntityManagedActiveObjects), so the store falls back to single
 * creates when a host lacks it. findWithSQL(Class, String, String, Object...), through which the store takes its row lock,
 * is declared so in activeobjects-plugin 5.2.1 (Platform 6) and in net.java.ao.EntityManager 3.2.11 and 6.1.1; not yet
 * seen in a Jira 10/11 build.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/GlobalSettingsServiceImpl.java (create, find, delete, get in ScrumPokerSessionServiceImpl.java); atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/dao/impl/DefaultConfigurationDao.java (count, find with criteria, deleteWithSQL); https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html (executeInTransaction, count with criteria); ngannk-fptu/Decompiled-Files@e0c88ec563272f9372f9fac81f0479cfda22f788:com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjects.java (findWithSQL, batch create, executeInTransaction); the batch create(Class, List) is known only from a decompiled newer activeobjects-plugin and mirrors net.java.ao.EntityManager 3.2.11, so the store falls back to row-by-row creates where the host lacks it
 */
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    void delete(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
