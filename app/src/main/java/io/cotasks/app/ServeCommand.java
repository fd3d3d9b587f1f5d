package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code cotasks serve}: opens the embedded graph to Neo4j Browser (served at {@code /browser/}),
 * cypher-shell, Neo4j Desktop and drivers until Ctrl-C. Loopback only unless a password is given.
 */
@Command(name = "serve", description = {
        "Open the embedded graph to Neo4j Browser, cypher-shell and drivers until Ctrl-C.",
        "Binds 127.0.0.1 by default; any other address requires a password (authentication on, user neo4j),",
        "taken from $COTASKS_PASSWORD, or asked for when --password is given without a value."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Embedded database folder (default: $COTASKS_DB or ./cotasks-db).")
    Path db;

    @Option(names = "--bolt", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7687",
            description = "Bolt address for drivers and cypher-shell (default: ${DEFAULT-VALUE}; port 0 picks a free one).")
    String bolt;

    @Option(names = "--http", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7474",
            description = "HTTP address serving Neo4j Browser at /browser/ (default: ${DEFAULT-VALUE}).")
    String http;

    @Option(names = "--advertise", paramLabel = "HOST",
            description = "Host name clients use to reach this server (default: the bound address, or this "
                    + "machine's host name when bound to 0.0.0.0 or ::).")
    String advertise;

    @Option(names = "--password", paramLabel = "P", arity = "0..1", fallbackValue = "",
            description = "Turn authentication on for user neo4j (at least 8 characters). Without a value: "
                    + "$COTASKS_PASSWORD, else asked for on the terminal. A value given here is visible in ps; "
                    + "prefer $COTASKS_PASSWORD, which alone also turns authentication on.")
    String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String secret = password();
        InetSocketAddress boltAddress = address("--bolt", bolt);
        InetSocketAddress httpAddress = address("--http", http);
        EmbeddedServer.requireSafeBind(secret, boltAddress, httpAddress);
        Path dir = StoreOptions.existingStore(StoreOptions.dbDir(db));

        EmbeddedServer server = EmbeddedServer.start(dir, boltAddress, httpAddress, secret, advertise);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cotasks-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + server.dir());
        out.println("Neo4j Browser: " + server.browserUri() + listening(httpAddress, server.browserUri().getPort()));
        out.println("Bolt:          " + server.boltUri()
                + (secret == null || secret.isEmpty() ? "  (no authentication)" : "  (user neo4j)")
                + listening(boltAddress, server.boltUri().getPort()));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    /** The password: {@code --password VALUE}, else $COTASKS_PASSWORD, else a prompt if {@code --password} was given. */
    private String password() {
        if (password != null && !password.isEmpty()) {
            return password;
        }
        String env = System.getenv("COTASKS_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        if (password == null) {
            return null;
        }
        Console console = System.console();
        if (console == null) {
            throw new CotasksException("--password without a value needs a terminal to ask on; set COTASKS_PASSWORD",
                    CotasksException.USAGE, null);
        }
        char[] typed = console.readPassword("Password for user neo4j: ");
        if (typed == null || typed.length == 0) {
            throw new CotasksException("no password given", CotasksException.USAGE, null);
        }
        return new String(typed);
    }

    /** "  (listening on 0.0.0.0:7687)" when the bound address is a wildcard, else nothing. */
    private static String listening(InetSocketAddress bound, int port) {
        return bound.getAddress().isAnyLocalAddress()
                ? "  (listening on " + EmbeddedServer.hostPort(bound.getAddress().getHostAddress(), port) + ")" : "";
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
