package io.cotasks.query.parser;

import io.cotasks.query.ast.Pos;
import io.cotasks.query.error.QueryException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Numbers, strings and positions read from tokens, with positioned errors for values out of range. */
final class Tokens {

    private Tokens() {
    }

    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    static long integer(TerminalNode node) {
        String text = node.getText();
        if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw error(node.getSymbol(), "number too large: " + text + " (at most " + Integer.MAX_VALUE + ")");
        }
        return Long.parseLong(text);
    }

    static double decimal(ParserRuleContext ctx) {
        return bounded(ctx.getStart(), ctx.getText());
    }

    /** The seconds of a {@code DURATION} token such as {@code 2.5s}. */
    static double duration(TerminalNode node) {
        String text = node.getText();
        return bounded(node.getSymbol(), text.substring(0, text.length() - 1));
    }

    private static double bounded(Token token, String text) {
        double value = Double.parseDouble(text);
        if (value > Integer.MAX_VALUE) {
            throw error(token, "number too large: " + text + " (at most " + Integer.MAX_VALUE + ")");
        }
        return value;
    }

    static Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    static Pos pos(Token token) {
        return new Pos(token.getLine(), token.getCharPositionInLine() + 1);
    }

    static QueryException error(ParserRuleContext ctx, String message) {
        return error(ctx.getStart(), message);
    }

    static QueryException error(Token token, String message) {
        return new QueryException(token.getLine(), token.getCharPositionInLine() + 1, message);
    }
}
