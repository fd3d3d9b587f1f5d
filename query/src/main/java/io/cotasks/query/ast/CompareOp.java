package io.cotasks.query.ast;

/** Comparison operators of property filters. */
public enum CompareOp {
    EQ("="), NEQ("<>"), LT("<"), LTE("<="), GT(">"), GTE(">=");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static CompareOp ofSymbol(String text) {
        for (CompareOp op : values()) {
            if (op.symbol.equals(text)) {
                return op;
            }
        }
        if (text.equals("!=")) {
            return NEQ;
        }
        throw new IllegalArgumentException("not a comparison operator: " + text);
    }
}
