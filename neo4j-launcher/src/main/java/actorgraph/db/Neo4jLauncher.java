package actorgraph.db;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5 Community engine that other processes reach over Bolt,
 * i.e. a stand-in for the Neo4j server (whose tarball Maven Central does not serve).
 *
 * Usage (normally spawned by neo4j-launcher/neo4j-launcher.ts):
 *   java [-Xmx1g] -cp ... actorgraph.db.Neo4jLauncher --home DIR --port N
 *        [--plugins DIR] [--page-cache 256m] [--transaction-memory 512m] [--exit-on-stdin-eof]
 * The password comes from the ACTORGRAPH_NEO4J_PASSWORD environment variable
 * (not argv, so it doesn't show up in `ps`).
 *
 * On stdout it prints exactly one "actorgraph-neo4j ready bolt://127.0.0.1:N" line
 * once Bolt is up and the password is in place; everything else goes to the logs
 * in DIR/logs (debug.log is Neo4j's own).
 */
public final class Neo4jLauncher {
    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(required(args, "home")).toAbsolutePath();
        int port = Integer.parseInt(required(args, "port"));
        String password = System.getenv("ACTORGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            // Neo4j 5 rejects passwords shorter than 8 characters by default.
            fail("ACTORGRAPH_NEO4J_PASSWORD must be set to at least 8 characters");
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                // Loopback only: this is a developer/test database, never a public endpoint.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Keep the footprint modest on a shared 2-core machine; heap is set by -Xmx.
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.parse(args.getOrDefault("page-cache", "256m")))
                // Bolt otherwise idles 2 x 5 s at shutdown, after the stores are already
                // closed; a dev database has no long-running clients to wait for.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500));
        if (args.containsKey("transaction-memory")) {
            // No single transaction (an analysis, a console query) may take more of the heap
            // than this: past it Neo4j stops the transaction with MemoryPoolOutOfMemoryError.
            builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                    ByteUnit.parse(args.get("transaction-memory")));
        }
        if (args.containsKey("plugins")) {
            // Jars here are scanned for @Procedure/@UserFunction classes (GDS), exactly like
            // the server's plugins/ folder; GDS needs unrestricted access to kernel internals.
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args.get("plugins")).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            // Neo4j wraps the real reason (store locked, port taken, ...) several levels
            // deep; put it on one line the Node side can show before the stack trace.
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("actorgraph-neo4j failed: " + root.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        // Registered straight after build() so SIGTERM/SIGINT always flush and close the
        // store cleanly (an unclean stop means a slow recovery on the next start).
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        applyPassword(dbms, password);
        System.out.println("actorgraph-neo4j ready bolt://127.0.0.1:" + port);
        System.out.flush();

        if (args.containsKey("exit-on-stdin-eof")) {
            // Attached mode: the parent holds our stdin open. When it exits (even by crash),
            // stdin hits EOF and we shut down instead of lingering as an orphan.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) { /* ignore input */ }
                } catch (Exception ignored) { /* treat errors like EOF */ }
                System.exit(0); // runs the shutdown hook
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        new CountDownLatch(1).await(); // Neo4j's threads do the work; we just stay alive.
    }

    /**
     * Makes `password` the neo4j user's password. Done on every start (not only the first)
     * so the password handed in by the Node side is always the one that works. The
     * embedded API runs with full rights, so no old password is needed.
     */
    private static void applyPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Setting the same password again is an error in Neo4j; for us it means "done".
            // (5.26 says "... Old password and new password cannot be the same.")
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (!message.contains("password cannot be the same")) {
                throw e;
            }
        }
    }

    /** Parses "--key value" pairs; a flag with no value maps to "true". */
    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) fail("unexpected argument: " + argv[i]);
            String key = argv[i].substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            out.put(key, hasValue ? argv[++i] : "true");
        }
        return out;
    }

    private static String required(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) fail("missing --" + key);
        return value;
    }

    private static void fail(String message) {
        System.err.println("actorgraph-neo4j: " + message);
        System.exit(2);
    }
}
