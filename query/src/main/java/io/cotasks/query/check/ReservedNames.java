package io.cotasks.query.check;

/** Names a variable cannot have. */
final class ReservedNames {

    private ReservedNames() {
    }

    /** Cypher's keywords: variables become Cypher variables, so none of these may name one. */
    static final java.util.Set<String> CYPHER_WORDS = java.util.Set.of("all", "and", "any", "as", "asc",
            "ascending", "by", "call", "case", "contains", "count", "create", "delete", "desc", "descending",
            "detach", "distinct", "do", "else", "end", "ends", "exists", "false", "for", "foreach", "from", "in",
            "is", "limit", "load", "match", "merge", "none", "not", "null", "of", "on", "optional", "or", "order",
            "remove", "return", "set", "single", "skip", "starts", "then", "to", "true", "union", "unwind",
            "use", "when", "where", "with", "xor", "yield", "filter", "extract", "reduce", "collect", "shortest",
            "allshortestpaths", "shortestpath", "exist", "unique", "constraint", "index", "require", "scalar",
            "mandatory", "add", "drop", "elementid", "id", "type", "properties", "labels", "keys", "size",
            "nodes", "relationships", "length", "head", "last", "tail", "range", "coalesce", "timestamp",
            "finish", "insert", "nfc", "nfd", "nfkc", "nfkd", "normalized", "repeatable", "subquery", "at");
}
