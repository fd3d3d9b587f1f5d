package io.cotasks.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A Neo4j server, cluster ({@code neo4j://}) or Aura through the Neo4j Java Driver. */
final class BoltStore extends Neo4jStore {

    private final URI uri;
    private final Driver driver;

    private BoltStore(URI uri, Driver driver) {
        this.uri = uri;
        this.driver = driver;
    }

    static BoltStore open(URI uri, String user, String password) {
        AuthToken auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new CotasksException("bad Neo4j URI " + uri + ": " + e.getMessage(), CotasksException.USAGE, e);
        }
        try {
            driver.verifyConnectivity();
            BoltStore store = new BoltStore(uri, driver);
            store.createSchema();
            return store;
        } catch (AuthenticationException e) {
            driver.close();
            throw new CotasksException("Neo4j at " + uri + " refused user '" + user
                    + "' (set the password in COTASKS_PASSWORD)", CotasksException.RUNTIME, e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new CotasksException("cannot reach Neo4j at " + uri + ": " + firstLine(e.getMessage()),
                    CotasksException.RUNTIME, e);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    @Override
    protected <T> T transaction(boolean write, Function<CypherTx, T> work) {
        try (Session session = driver.session()) {
            return write ? session.executeWrite(tx -> work.apply(cypherTx(tx)))
                    : session.executeRead(tx -> work.apply(cypherTx(tx)));
        }
    }

    @Override
    protected <T> T readTransaction(java.time.Duration timeout, Function<CypherTx, T> work) {
        if (timeout == null) {
            return transaction(false, work);
        }
        try (Session session = driver.session()) {
            return session.executeRead(tx -> work.apply(cypherTx(tx)),
                    org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    private static CypherTx cypherTx(TransactionContext tx) {
        return (cypher, parameters, profile) -> {
            Result result = tx.run(profile ? "PROFILE " + cypher : cypher, parameters);
            List<String> columns = result.keys();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Record record : result.list()) {
                rows.add(Values.row(columns, c -> record.get(c).asObject()));
            }
            ResultSummary summary = result.consume();
            long dbHits = profile && summary.hasProfile() ? dbHits(summary.profile()) : -1;
            return new CypherTx.Outcome(new QueryResult(columns, rows, dbHits),
                    summary.queryType() == QueryType.READ_ONLY);
        };
    }

    private static long dbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += dbHits(child);
        }
        return hits;
    }

    @Override
    protected CotasksException queryError(RuntimeException e) {
        if (e instanceof ClientException c && "Neo.ClientError.Statement.AccessMode".equals(c.code())) {
            return new CotasksException(READ_ONLY_MESSAGE, CotasksException.QUERY, e);
        }
        if (e instanceof ClientException c) {
            return new CotasksException(firstLine(c.getMessage()), CotasksException.QUERY, e);
        }
        if (e instanceof Neo4jException n) {
            return new CotasksException(firstLine(n.getMessage()), CotasksException.RUNTIME, e);
        }
        return null;
    }

    @Override
    public String describe() {
        return uri.toString();
    }

    @Override
    public void close() {
        driver.close();
    }
}
