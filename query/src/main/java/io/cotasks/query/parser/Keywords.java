package io.cotasks.query.parser;

import io.cotasks.grammar.CtqLexer;
import org.antlr.v4.runtime.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The language's keywords, read from the lexer's vocabulary so that they never drift from {@code Ctq.g4}. */
public final class Keywords {

    /** Every keyword in upper case, in the grammar's order. */
    public static final List<String> ALL = read(CtqLexer.VOCABULARY);

    private static final Set<String> SET = Set.copyOf(ALL);

    private Keywords() {
    }

    /** Whether a word is a keyword, in any case. */
    public static boolean isKeyword(String word) {
        return SET.contains(word.toUpperCase(Locale.ROOT));
    }

    /** Token types whose literal is a word, such as {@code 'EXPLAIN'}; operators and punctuation are not keywords. */
    private static List<String> read(Vocabulary vocabulary) {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                String text = literal.substring(1, literal.length() - 1);
                if (text.chars().allMatch(Character::isLetter)) {
                    words.add(text.toUpperCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(words);
    }
}
