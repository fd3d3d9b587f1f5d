package io.cotasks.query;

import io.cotasks.query.error.QueryException;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.check.SemanticChecker;
import io.cotasks.query.check.StepKind;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.query.compile.CompiledQuery;
import io.cotasks.query.compile.CypherCompiler;
import io.cotasks.query.compile.Step;
import io.cotasks.query.exec.Executor;
import io.cotasks.query.parser.ParsedStatement;
import io.cotasks.query.parser.StatementParser;
import io.cotasks.query.result.Result;
import io.cotasks.query.statement.Operator;
import io.cotasks.store.SceneGraphStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses, checks, compiles and runs DSL statements on a store. An engine is a session: it remembers
 * {@code USE VIDEO} and {@code LET} steps between statements. Not thread-safe; create one per thread.
 */
public final class QueryEngine {

    private final SceneGraphStore store;
    private final Session session;

    private QueryEngine(SceneGraphStore store) {
        this.store = store;
        this.session = new Session(store);
    }

    public static QueryEngine on(SceneGraphStore store) {
        return new QueryEngine(store);
    }

    /** Runs one statement. Throws {@link QueryException} for syntax and semantic errors. */
    public StatementResult run(String statement) {
        return execute(statement, StatementParser.parseStatement(statement));
    }

    /**
     * Runs a statement built with {@link io.cotasks.query.statement.Statements} and reads its rows as records.
     * Throws {@link QueryException} when the statement does not check (an unknown video, category or predicate).
     */
    public <R> Result<R> run(Operator<R> operator) {
        Query query = operator.query();
        SemanticChecker.check(query, session.vocabulary(), steps());
        Executor.Rows rows = Executor.run(store, session.compile(query), session.steps(), false);
        return new Result<>(operator.text(), operator.read(rows), rows.notes());
    }

    /**
     * Runs {@code work}, whose statements all read in one transaction of the store
     * ({@link SceneGraphStore#readTogether}): less fixed cost per statement.
     */
    public <T> T together(java.util.function.Supplier<T> work) {
        return store.readTogether(work);
    }

    /** Runs every statement of a script in order and returns their results. */
    public List<StatementResult> runScript(String script) {
        List<StatementResult> results = new ArrayList<>();
        for (ParsedStatement parsed : StatementParser.parseScript(script)) {
            results.add(execute(parsed.text(), parsed.statement()));
        }
        return results;
    }

    /** Parses, checks and compiles a statement without running it (what {@code EXPLAIN} shows). */
    public CompiledQuery compile(String statement) {
        Statement s = StatementParser.parseStatement(statement);
        SemanticChecker.check(s, session.vocabulary(), steps());
        return session.compile(s);
    }

    /** The graph's categories and predicates (loaded once per session). */
    public Vocabulary vocabulary() {
        return session.vocabulary();
    }

    /** The session's video ({@code USE VIDEO}), or null. */
    public String currentVideo() {
        return session.video();
    }

    /** The session's named steps and what they hold. */
    public Map<String, StepKind> steps() {
        Map<String, StepKind> kinds = new LinkedHashMap<>();
        session.steps().forEach((name, step) -> kinds.put(name, step.kind()));
        return Collections.unmodifiableMap(kinds);
    }

    /** Forgets the cached vocabulary, so names added to the graph since are known. */
    public void refresh() {
        session.refresh();
    }

    private StatementResult execute(String text, Statement statement) {
        SemanticChecker.check(statement, session.vocabulary(), steps());
        return statement.accept(new Statement.CommandVisitor<>() {
            @Override
            public StatementResult visitExplain(Statement.Explain explain) {
                CompiledQuery q = session.compile(explain.inner());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("cypher", q.cypher());
                row.put("parameters", q.parameters());
                return new StatementResult(text, List.of("cypher", "parameters"), List.of(row), q.cypher(),
                        q.parameters());
            }

            @Override
            public StatementResult visitProfile(Statement.Profile profile) {
                CompiledQuery q = session.compile(profile.inner());
                long start = System.nanoTime();
                Executor.Rows rows = Executor.run(store, q, session.steps(), true);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rows", (long) rows.rows().size());
                row.put("dbHits", rows.dbHits());
                row.put("millis", Math.round((System.nanoTime() - start) / 1e4) / 100.0);
                row.put("cypher", q.cypher());
                row.put("parameters", q.parameters());
                return new StatementResult(text, List.of("rows", "dbHits", "millis", "cypher", "parameters"),
                        List.of(row), q.cypher(), q.parameters());
            }

            @Override
            public StatementResult visitUseVideo(Statement.UseVideo useVideo) {
                session.useVideo(useVideo);
                return new StatementResult(text, List.of("video"), List.of(Map.of("video", session.video())), "",
                        Map.of());
            }

            @Override
            public StatementResult visitLet(Statement.Let let) {
                CompiledQuery q = session.compile(let.query());
                Executor.Rows rows = Executor.run(store, q, session.steps(), false);
                session.define(let.name().text(), new Step(q.columns(), rows.rows(), Session.kindOf(let.query())));
                return new StatementResult(text, q.columns(), rows.rows(), q.cypher(), q.parameters(), rows.notes());
            }

            @Override
            public StatementResult visitQuery(Query query) {
                CompiledQuery q = session.compile(query);
                Executor.Rows rows = Executor.run(store, q, session.steps(), false);
                return new StatementResult(text, q.columns(), rows.rows(), q.cypher(), q.parameters(), rows.notes());
            }
        });
    }

}
