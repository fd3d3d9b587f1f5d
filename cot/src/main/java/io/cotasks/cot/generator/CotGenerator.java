package io.cotasks.cot.generator;

import io.cotasks.cot.CotResult;
import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.nextqa.NextQaCot;
import io.cotasks.cot.nextqa.NextQaSource;
import io.cotasks.cot.star.StarChoice;
import io.cotasks.cot.star.StarCot;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decomposes a question into DSL statements, runs them on the scene graph, and builds the CoT. STAR
 * questions run their functional program; NExT-QA questions are grounded in the video's vocabulary and
 * planned by type. Not thread-safe (it owns one {@link QueryEngine} session): use one per thread.
 */
public final class CotGenerator implements NextQaSource {

    private static final int FACTS_CACHE = 64;

    private final QueryEngine engine;
    private final int maxTokens;
    private final NextQaCot nextqa;
    private final StarCot star;
    private final Map<String, VideoFacts> facts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, VideoFacts> eldest) {
            return size() > FACTS_CACHE;
        }
    };

    private CotGenerator(SceneGraphStore store, int maxTokens) {
        this.engine = QueryEngine.on(store);
        this.maxTokens = maxTokens;
        this.nextqa = NextQaCot.on(engine);
        this.star = StarCot.on(engine);
    }

    /** A generator with the default token budget of 512. */
    public static CotGenerator on(SceneGraphStore store) {
        return on(store, 512);
    }

    public static CotGenerator on(SceneGraphStore store, int maxTokens) {
        if (maxTokens < 16) {
            throw new IllegalArgumentException("max tokens must be at least 16, got " + maxTokens);
        }
        return new CotGenerator(store, maxTokens);
    }

    /** The CoT for one question; never throws for questions that cannot be grounded. */
    public CotResult generate(Question question) {
        if ("star".equals(question.dataset())) {
            return generate(fromQuestion(question));
        }
        return explainNextQa(question).result();
    }

    /** The CoT for a STAR question read from its file (keyframe window and annotated actions known). */
    public CotResult generate(StarQuestion question) {
        return star.generate(question, maxTokens).result();
    }

    /** The full outcome (plan and CoT) of a NExT-QA question; its statements read in one transaction. */
    @Override
    public NextQaCot.Outcome explainNextQa(Question question) {
        return engine.together(() -> nextqa.generate(question, facts(question.videoId()), maxTokens));
    }

    /** The full outcome (program run and CoT) of a STAR question. */
    public StarCot.Outcome explainStar(StarQuestion question) {
        return star.generate(question, maxTokens);
    }

    /** The video's facts, read once per video through the DSL (in one transaction) and cached. */
    @Override
    public VideoFacts facts(String videoId) {
        return facts.computeIfAbsent(videoId, id -> engine.together(() -> VideoFacts.load(engine, id)));
    }

    public int maxTokens() {
        return maxTokens;
    }

    private StarQuestion fromQuestion(Question q) {
        VideoFacts f = facts(q.videoId());
        double fps = f.fps() > 0 ? f.fps() : 30;
        Span span = q.spans().isEmpty() ? new Span(0, f.frameCount() / fps) : q.spans().get(0);
        List<StarChoice> choices = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            choices.add(new StarChoice(i, q.choices().get(i), List.of(), i == q.answerIndex()));
        }
        return StarQuestion.inWindow(q, choices, (int) Math.floor(span.begin() * fps), (int) Math.ceil(span.end() * fps));
    }
}
