package org.salespipeline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Reproduces how Active Objects names this app's tables, so that SQL written here matches what AO creates. */
public final class AoNaming {

    /** The AO namespace of this app: its plugin key, as the descriptor's {@code <ao>} module declares. */
    public static final String NAMESPACE = "org.salespipeline.sales-pipeline";

    /** {@code AO_} and the last six hex digits of the MD5 of the namespace, as AO derives it. */
    public static final String TABLE_PREFIX = prefixFor(NAMESPACE);

    private AoNaming() {
    }

    static String prefixFor(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** The full table name of an entity whose {@code @Table} value is {@code tableName}. */
    public static String table(String tableName) {
        return TABLE_PREFIX + "_" + tableName;
    }
}
