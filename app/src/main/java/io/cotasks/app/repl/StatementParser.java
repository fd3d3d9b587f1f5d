package io.cotasks.app.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Line parsing for the shell: input continues on the next line until it ends with {@code ;} (comments
 * aside); lines that start with {@code :} are commands and end at once.
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
        String text = withoutComments(input).strip();
        return text.isEmpty() || text.startsWith(":") || (text.endsWith(";") && !insideString(text));
    }

    private static String withoutComments(String input) {
        StringBuilder sb = new StringBuilder();
        for (String line : input.split("\n", -1)) {
            int comment = commentStart(line);
            sb.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        return sb.toString();
    }

    private static int commentStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
                return i;
            }
        }
        return -1;
    }

    private static boolean insideString(String text) {
        return text.chars().filter(c -> c == '\'').count() % 2 == 1;
    }
}
