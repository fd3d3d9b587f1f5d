package io.cotasks.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded database opened to the network: Bolt for drivers, cypher-shell and Neo4j Desktop, and
 * (optionally) HTTP, which also serves Neo4j Browser at {@code /browser/} when the {@code neo4j-browser} jar
 * is on the class path. Both connectors advertise their real addresses. With a password, authentication is
 * on and user {@code neo4j} has that password; without one, authentication is off, so callers must bind to
 * loopback (see {@link #requireSafeBind}).
 */
public final class EmbeddedServer implements AutoCloseable {

    private final EmbeddedDbms dbms;
    private final EmbeddedStore store;
    private final HostnamePort bolt;
    private final HostnamePort http;

    private EmbeddedServer(EmbeddedDbms dbms, EmbeddedStore store, HostnamePort bolt, HostnamePort http) {
        this.dbms = dbms;
        this.store = store;
        this.bolt = bolt;
        this.http = http;
    }

    /**
     * Starts the database in {@code dir} with a Bolt connector on {@code bolt} and, when {@code http} is not
     * null, an HTTP connector serving Neo4j Browser. Both addresses need a real port (not 0): Neo4j
     * advertises the configured port.
     *
     * @param password null or empty for no authentication; at least 8 characters otherwise
     */
    public static EmbeddedServer start(Path dir, InetSocketAddress bolt, InetSocketAddress http, String password) {
        return start(dir, bolt, http, password, null);
    }

    /**
     * As {@link #start(Path, InetSocketAddress, InetSocketAddress, String)}, advertising {@code advertise} as
     * the host of both connectors (what Browser's discovery document and routing tables name). When it is null,
     * a connector on a specific address advertises that address, and one on a wildcard address (0.0.0.0, ::)
     * advertises this machine's host name: clients cannot connect to a wildcard address.
     */
    public static EmbeddedServer start(Path dir, InetSocketAddress bolt, InetSocketAddress http, String password,
                                       String advertise) {
        boolean auth = password != null && !password.isEmpty();
        if (auth && password.length() < 8) {
            throw new CotasksException("--password must have at least 8 characters", CotasksException.USAGE, null);
        }
        EmbeddedDbms dbms;
        try {
            dbms = startDbms(dir, bolt, http, auth, advertise);
        } catch (CotasksException e) {
            if (e.getMessage().contains("Address already in use")) {
                throw new CotasksException("cannot listen on " + text(bolt) + (http == null ? "" : " and " + text(http))
                        + ": address already in use (another cotasks serve or Neo4j?)", CotasksException.RUNTIME, e);
            }
            throw e;
        }
        try {
            if (auth) {
                setPassword(dbms, password);
            }
            ConnectorPortRegister ports = ((GraphDatabaseAPI) dbms.db()).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            HostnamePort boltPort = ports.getLocalAddress(ConnectorType.BOLT);
            HostnamePort httpPort = http == null ? null : ports.getLocalAddress(ConnectorType.HTTP);
            if (boltPort == null || (http != null && httpPort == null)) {
                throw new CotasksException("could not listen on " + bolt + (http == null ? "" : " and " + http)
                        + " (port in use?); see " + dbms.dir().resolve("logs/debug.log"));
            }
            EmbeddedServer server = new EmbeddedServer(dbms, EmbeddedStore.on(dbms, false),
                    new HostnamePort(advertisedHost(bolt, advertise), boltPort.getPort()),
                    http == null ? null : new HostnamePort(advertisedHost(http, advertise), httpPort.getPort()));
            EmbeddedDbms.announce(dbms.dir(), server.boltUri());
            return server;
        } catch (RuntimeException e) {
            dbms.close();
            throw e;
        }
    }

    /**
     * Sets the password of user {@code neo4j}. Neo4j refuses to "change" a password to the one it already
     * has; that is the normal restart with the same password, so it is no error here.
     */
    private static void setPassword(EmbeddedDbms dbms, String password) {
        try {
            dbms.dbms().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(EmbeddedDbms.rootMessage(e)).contains("Old password and new password cannot be the same")) {
                throw new CotasksException("cannot set the password of user neo4j: " + EmbeddedDbms.rootMessage(e));
            }
        }
    }

    private static EmbeddedDbms startDbms(Path dir, InetSocketAddress bolt, InetSocketAddress http, boolean auth,
                                          String advertise) {
        return EmbeddedDbms.start(dir, builder -> {
            builder.setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, socket(bolt))
                    .setConfig(BoltConnector.advertised_address, advertised(bolt, advertise))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
            if (http != null) {
                // Browser asks the server whether it may send usage data: it may not
                builder.setConfig(ServerSettings.allow_telemetry, false)
                        .setConfig(HttpConnector.enabled, true)
                        .setConfig(HttpConnector.listen_address, socket(http))
                        .setConfig(HttpConnector.advertised_address, advertised(http, advertise));
            }
        });
    }

    /**
     * Refuses to open an unauthenticated server on anything but loopback.
     *
     * @throws CotasksException (usage, exit 2) when an address is not loopback and there is no password
     */
    public static void requireSafeBind(String password, InetSocketAddress... addresses) {
        if (password != null && !password.isEmpty()) {
            return;
        }
        for (InetSocketAddress a : addresses) {
            if (a != null && (a.getAddress() == null || !a.getAddress().isLoopbackAddress())) {
                throw new CotasksException("refusing to bind " + a.getHostString() + ":" + a.getPort()
                        + " without authentication: pass --password or bind 127.0.0.1", CotasksException.USAGE, null);
            }
        }
    }

    /** The advertised Bolt address, e.g. {@code bolt://127.0.0.1:7687} or {@code bolt://[::1]:7687}. */
    public URI boltUri() {
        return URI.create("bolt://" + authority(bolt));
    }

    /** Neo4j Browser's advertised address, e.g. {@code http://127.0.0.1:7474/browser/}, or null without HTTP. */
    public URI browserUri() {
        return http == null ? null : URI.create("http://" + authority(http) + "/browser/");
    }

    /** The HTTP root with the discovery document, or null without HTTP. */
    public URI httpUri() {
        return http == null ? null : URI.create("http://" + authority(http) + "/");
    }

    /** {@code host:port}, with an IPv6 literal in brackets as URIs require. */
    static String authority(HostnamePort address) {
        return hostPort(address.getHost(), address.getPort());
    }

    /** {@code host:port}, with an IPv6 literal in brackets: {@code [::1]:7687}. */
    public static String hostPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The host clients should use for a connector listening on {@code listen}. */
    static String advertisedHost(InetSocketAddress listen, String advertise) {
        if (advertise != null && !advertise.isBlank()) {
            return advertise;
        }
        if (listen.getAddress() != null && listen.getAddress().isAnyLocalAddress()) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return InetAddress.getLoopbackAddress().getHostAddress();
            }
        }
        if (listen.getAddress() != null && listen.getAddress().isLoopbackAddress()) {
            return listen.getAddress().getHostAddress(); // 127.0.0.1, not the resolver's "localhost"
        }
        return listen.getHostString();
    }

    private static SocketAddress advertised(InetSocketAddress listen, String advertise) {
        return new SocketAddress(advertisedHost(listen, advertise), listen.getPort());
    }

    /** The scene graph of this server's database, in process (closing it leaves the server running). */
    public SceneGraphStore store() {
        return store;
    }

    public Path dir() {
        return dbms.dir();
    }

    @Override
    public void close() {
        EmbeddedDbms.announce(dbms.dir(), null);
        dbms.close();
    }

    private static String text(InetSocketAddress a) {
        return (a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString()) + ":" + a.getPort();
    }

    private static SocketAddress socket(InetSocketAddress a) {
        return new SocketAddress(a.getHostString(), a.getPort());
    }
}
