package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/**
 * {@code cotasks serve}: opens the embedded graph to Neo4j Browser (served at {@code /browser/}),
 * cypher-shell, Neo4j Desktop and drivers until Ctrl-C. Loopback only unless a password is given.
 */
@Command(name = "serve", description = {
        "Open the embedded graph to Neo4j Browser, cypher-shell and drivers until Ctrl-C.",
        "Binds 127.0.0.1 by default; any other address requires --password (authentication on, user neo4j)."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--bolt", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7687",
            description = "Bolt address for drivers and cypher-shell (default: ${DEFAULT-VALUE}; port 0 picks a free one).")
    String bolt;

    @Option(names = "--http", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7474",
            description = "HTTP address serving Neo4j Browser at /browser/ (default: ${DEFAULT-VALUE}).")
    String http;

    @Option(names = "--password", paramLabel = "P",
            description = "Turn authentication on for user neo4j with this password (at least 8 characters; "
                    + "default: $COTASKS_PASSWORD if set, else no authentication, loopback only).")
    String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (store.uri != null) {
            throw new CotasksException("serve opens the embedded database: use --db, not --uri",
                    CotasksException.USAGE, null);
        }
        String secret = password != null ? password : System.getenv("COTASKS_PASSWORD");
        InetSocketAddress boltAddress = address("--bolt", bolt);
        InetSocketAddress httpAddress = address("--http", http);
        EmbeddedServer.requireSafeBind(secret, boltAddress, httpAddress);

        EmbeddedServer server = EmbeddedServer.start(store.dbDir(), boltAddress, httpAddress, secret);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cotasks-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + server.dir());
        out.println("Neo4j Browser: " + server.browserUri());
        out.println("Bolt:          " + server.boltUri()
                + (secret == null || secret.isEmpty() ? "  (no authentication)" : "  (user neo4j)"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    /** Parses {@code host:port} or {@code [v6]:port}; the host must resolve. */
    static InetSocketAddress address(String option, String value) {
        int colon = value.lastIndexOf(':');
        String host = colon > 0 ? value.substring(0, colon) : "";
        String port = colon >= 0 ? value.substring(colon + 1) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new CotasksException(option + " " + value + ": expected HOST:PORT, e.g. 127.0.0.1:7687",
                    CotasksException.USAGE, null);
        }
        InetSocketAddress address = new InetSocketAddress(host, Integer.parseInt(port));
        if (address.isUnresolved()) {
            throw new CotasksException(option + " " + value + ": unknown host " + host, CotasksException.USAGE, null);
        }
        return address.getPort() == 0 ? freePort(option, address) : address;
    }

    /** Port 0 means "any free port": pick it here, because Neo4j would advertise the configured port. */
    private static InetSocketAddress freePort(String option, InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket(0, 1, address.getAddress())) {
            return new InetSocketAddress(address.getAddress(), socket.getLocalPort());
        } catch (IOException e) {
            throw new CotasksException(option + ": cannot listen on " + address.getHostString() + ": " + e.getMessage(),
                    CotasksException.USAGE, e);
        }
    }
}
