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
 * net.java.dev.activeobjects:activeobjects:3.2.11 (Maven Central), to which the service delegates; the store falls back
 * to single creates when a host lacks it. findWithSQL(Class, String, String, Object...), through which the store takes
 * its row lock, is declared so in activeobjects-plugin 5.2.1 (Platform 6) and in net.java.ao.EntityManager 3.2.11 and
 * 6.1.1; neither is yet seen in a Jira 10/11 build.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd GlobalSettingsServiceImpl.java (@ComponentImport ActiveObjects, a Jira 11.3.1 build)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 GlobalSettingsServiceImpl.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/GlobalSettingsServiceImpl.java (create, find, delete, get in ScrumPokerSessionServiceImpl.java); atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/dao/impl/DefaultConfigurationDao.java (count, find with criteria, deleteWithSQL); https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html (executeInTransaction, count with criteria); ngannk-fptu/Decompiled-Files@e0c88ec563272f9372f9fac81f0479cfda22f788:com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjects.java (findWithSQL, batch create, executeInTransaction; every member, Platform 6)
 */
public interface ActiveObjects {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd GlobalSettingsServiceImpl.java (activeObjects.create(ScrumPokerSetting.class, new DBParam("KEY", key)), the result used as the entity)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 GlobalSettingsServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ActiveObjects.java (decompiled; same signature as net.java.ao.EntityManager.create(Class, List) in AO 3.2.11) */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerSessionServiceImpl.java (return activeObjects.get(ScrumPokerSession.class, issueKey) as a ScrumPokerSession); not called by the app
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerSessionServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ErrorLogServiceImpl.java (Arrays.asList(activeObjects.find(ScrumPokerError.class, Query.select()...)))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ErrorLogServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultConfigurationDao.java (ProjectConfigurationAO[] configs = ao.find(ProjectConfigurationAO.class, "... = ?", id))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultConfigurationDao.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ProjectSettingsServiceImpl.java (activeObjects.delete(scrumPokerProject))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ProjectSettingsServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    void delete(RawEntity<?>... entities);

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ActiveObjects.java (decompiled; also net.java.ao.EntityManager.findWithSQL in AO 3.2.11 and 6.1.1) */
    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultConfigurationDao.java (return ao.deleteWithSQL(ProjectConfigurationAO.class, "TEAM_ID = ?", teamId) as an int)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultConfigurationDao.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultConfigurationDao.java (ao.count(ProjectConfigurationAO.class) > 0)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultConfigurationDao.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    <K> int count(Class<? extends RawEntity<K>> type);

    /**
     * Confirmed: Jira 11.0 (Platform 8.0) — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultEntityToChannelMappingManager.java (ao.count(AOEntityToChannelMapping.class, "...", ...) in the same Platform 8 build's Confluence module)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultEntityToChannelMappingManager.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /**
     * Brings the tables of the given entities up to them, creating what is missing and dropping nothing; meant for
     * upgrade tasks, which run before Active Objects migrates the module's entities itself.
     * Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ActiveObjects.java (decompiled: void migrate(Class&lt;? extends RawEntity&lt;?&gt;&gt;...))
     */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Known only from: Jira 9 (Platform 6, activeobjects-plugin 5.2.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.activeobjects.activeobjects-plugin-5.2.1/.../external/ActiveObjects.java (decompiled); also https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html */
    <T> T executeInTransaction(TransactionCallback<T> callback);
}
