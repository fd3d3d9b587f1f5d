package io.cotasks.app.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Line parsing for the shell: input continues on the next line until the DSL's own lexer says the last
 * statement is closed by {@code ;} ({@link io.cotasks.query.parser.StatementParser#readyToRun}); lines that
 * start with {@code :} are commands and end at once. A backslash is an ordinary character, as in the DSL.
 */
final class StatementParser extends DefaultParser {

    StatementParser() {
        escapeChars(new char[0]);
        quoteChars(new char[] {'\''});
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !complete(line)) {
            throw new EOFError(-1, -1, "statement continues", "...");
        }
        return super.parse(line, cursor, context);
    }

    /** True when the input is a command, blank, or its last statement is closed by a semicolon. */
    static boolean complete(String input) {
        String text = input.strip();
        return text.startsWith(":") || io.cotasks.query.parser.StatementParser.readyToRun(text);
    }
}
