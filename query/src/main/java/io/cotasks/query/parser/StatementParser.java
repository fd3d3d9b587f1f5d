package io.cotasks.query.parser;

import io.cotasks.grammar.CtqLexer;
import io.cotasks.grammar.CtqParser;
import io.cotasks.query.ast.Statement;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.List;
import java.util.function.Function;

/**
 * The parser facade: text in, syntax tree out. ANTLR's generated types stay inside this package.
 * Parses in the fast SLL mode first and falls back to full LL only when SLL fails, which is also the
 * pass that produces the error message (Trino's approach).
 */
public final class StatementParser {

    private StatementParser() {
    }

    /** Parses exactly one statement (a trailing semicolon is allowed). */
    public static Statement parseStatement(String text) {
        CtqParser.SingleStatementContext tree = parse(text, CtqParser::singleStatement);
        return new AstBuilder().build(tree.statement(), Statement.class);
    }

    /** Parses a script: statements separated by semicolons, with their source text. */
    public static List<ParsedStatement> parseScript(String text) {
        CtqParser.ScriptContext tree = parse(text, CtqParser::script);
        AstBuilder builder = new AstBuilder();
        return tree.statement().stream().map(builder::parsed).toList();
    }

    /**
     * Whether a shell should run {@code text} now rather than read another line, by the grammar's own tokens:
     * its last token (comments and white space aside) is {@code ;}, or it ends in an unterminated string whose
     * text ends with {@code ;} (run, so the parser reports the open quote instead of swallowing later lines).
     * Blank text is ready. There are no escape characters: a backslash is an ordinary character.
     */
    public static boolean readyToRun(String text) {
        CtqLexer lexer = new CtqLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        Token last = null;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                last = t;
            }
        }
        return last == null || last.getType() == CtqLexer.SEMI
                || (last.getType() == CtqLexer.UNTERMINATED_STRING && last.getText().stripTrailing().endsWith(";"));
    }

    private static <T extends ParseTree> T parse(String text, Function<CtqParser, T> rule) {
        CtqLexer lexer = new CtqLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        CtqParser parser = new CtqParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(SyntaxErrors.INSTANCE);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return rule.apply(parser);
        }
    }
}
