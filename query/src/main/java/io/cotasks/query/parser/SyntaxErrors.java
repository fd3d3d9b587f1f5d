package io.cotasks.query.parser;

import io.cotasks.grammar.CtqLexer;
import io.cotasks.grammar.CtqParser;
import io.cotasks.query.error.QueryException;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the first syntax error into a {@link QueryException} with a short, positioned message. */
final class SyntaxErrors extends BaseErrorListener {

    /** Beyond this many alternatives a list of expected tokens helps nobody. */
    private static final int MAX_EXPECTED = 5;

    static final SyntaxErrors INSTANCE = new SyntaxErrors();

    private SyntaxErrors() {
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Token token = offendingSymbol instanceof Token t ? t : null;
        String message = describe(token) + expected(recognizer, e, token);
        throw new QueryException(line, charPositionInLine + 1, message);
    }

    private static String describe(Token token) {
        if (token == null) {
            return "unexpected input";
        }
        return switch (token.getType()) {
            case Token.EOF -> "unexpected end of input";
            case CtqLexer.UNTERMINATED_STRING -> "unterminated string";
            case CtqLexer.UNEXPECTED_CHAR -> "unexpected character '" + token.getText() + "'";
            default -> "unexpected '" + token.getText() + "'";
        };
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e, Token token) {
        if (token != null && (token.getType() == CtqLexer.UNTERMINATED_STRING
                || token.getType() == CtqLexer.UNEXPECTED_CHAR)) {
            return "";
        }
        if (e instanceof NoViableAltException) {
            return ""; // the alternatives' common prefix was accepted, so ANTLR's expected set would mislead
        }
        IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : recognizer instanceof Parser p ? p.getExpectedTokens() : null;
        if (set == null || set.isNil() || set.size() > MAX_EXPECTED) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toArray()) {
            names.add(displayName(type));
        }
        return ", expected " + joinOr(names);
    }

    private static String joinOr(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static String displayName(int type) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case CtqLexer.IDENT -> "a name";
            case CtqLexer.STRING -> "a string";
            case CtqLexer.INTEGER -> "an integer";
            case CtqLexer.DECIMAL -> "a number";
            case CtqLexer.DURATION -> "a duration such as 2s";
            default -> {
                String literal = CtqParser.VOCABULARY.getLiteralName(type);
                if (literal != null) {
                    String text = literal.substring(1, literal.length() - 1);
                    yield Character.isLetter(text.charAt(0)) ? text.toUpperCase(Locale.ROOT) : "'" + text + "'";
                }
                yield CtqParser.VOCABULARY.getDisplayName(type);
            }
        };
    }
}
