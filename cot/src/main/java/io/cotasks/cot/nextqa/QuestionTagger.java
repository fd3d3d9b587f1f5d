package io.cotasks.cot.nextqa;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Universal POS tags (NOUN, VERB, AUX, ADJ, ADP, SCONJ, ...) of a question's words from Apache OpenNLP's
 * English UD-EWT maximum-entropy model ({@code opennlp-models-pos-en} on Maven Central, loaded once from the
 * classpath). Deterministic: the same words always get the same tags. A tagger instance is not
 * thread-safe, so each thread gets its own over the one shared model.
 */
public final class QuestionTagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final POSModel SHARED = load();
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(SHARED));

    private QuestionTagger() {
    }

    /** The tag of each word, in order. */
    public static List<String> tags(List<String> words) {
        return List.of(TAGGER.get().tag(words.toArray(new String[0])));
    }

    private static POSModel load() {
        try (InputStream in = QuestionTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP POS model " + MODEL + " is not on the classpath");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP POS model: " + e.getMessage(), e);
        }
    }
}
