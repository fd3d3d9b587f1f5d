// The cotasks query language (CTQ). See docs/dsl.md for the user's view.
// Labelled alternatives give the AST builder one visit method per form (Trino's style).
grammar Ctq;

options { caseInsensitive = true; }

script
    : SEMI* (statement (SEMI+ statement)*)? SEMI* EOF
    ;

singleStatement
    : statement SEMI* EOF
    ;

statement
    : EXPLAIN command                                             #explainStatement
    | PROFILE command                                             #profileStatement
    | command                                                     #plainStatement
    ;

command
    : USE VIDEO string                                            #useVideo
    | LET variable EQ query                                       #letStep
    | query                                                       #queryCommand
    ;

query
    : VIDEOS (WHERE videoFilter (AND videoFilter)*)? limitClause?                   #videosQuery
    | ENTITIES node? scope limitClause?                                             #entitiesQuery
    | EVENTS bindings scope whereClause? returnClause? limitClause?                 #eventsQuery
    | LOCALIZE bindings scope whereClause? limitClause?                             #localizeQuery
    | TRACK node scope sampleClause?                                                #trackQuery
    | SPATIAL node (COMMA node)* scope                                              #spatialQuery
    | TEMPORAL bindings scope whereClause?                                          #temporalQuery
    | value IN variable                                                             #belongsQuery
    | variable EQ operand                                                           #equalsQuery
    | variable (setOperator variable)*                                              #setQuery
    ;

videoFilter
    : property comparator value
    ;

bindings
    : binding (COMMA binding)*
    ;

binding
    : (variable EQ)? node DASH edge (ARROW node)?
    ;

node
    : LPAREN STAR RPAREN                                          #anyNode
    | LPAREN variable? (COLON label (PIPE label)*)? (HASH INTEGER)? RPAREN   #entityNode
    ;

edge
    : LBRACK (STAR | label (PIPE label)*) (COLON label)? RBRACK
    ;

scope
    : scopeItem*
    ;

scopeItem
    : IN VIDEO string                                             #videoScope
    | timeFilter                                                  #timeScope
    | SOURCE label (PIPE label)*                                  #sourceScope
    ;

timeFilter
    : FRAMES INTEGER RANGE INTEGER                                #frameRange
    | SECONDS number RANGE number                                 #secondRange
    | FIRST DURATION                                              #firstSeconds
    | LAST DURATION                                               #lastSeconds
    | AT FRAME INTEGER                                            #atFrame
    | AT DURATION                                                 #atSecond
    ;

whereClause
    : WHERE constraint (AND constraint)*
    ;

constraint
    : variable allenOperator variable                             #allenConstraint
    | variable WITHIN distance (BEFORE | AFTER) variable          #withinConstraint
    | variable DOT property comparator value                      #comparisonConstraint
    ;

allenOperator
    : BEFORE | AFTER | MEETS | MET BY | OVERLAPS | OVERLAPPED BY | STARTS | STARTED BY
    | DURING | CONTAINS | FINISHES | FINISHED BY | EQUALS | INTERSECTS
    ;

distance
    : DURATION                                                    #secondsDistance
    | INTEGER FRAMES                                              #framesDistance
    ;

returnClause
    : RETURN COUNT LPAREN (STAR | DISTINCT item) RPAREN (BY item (COMMA item)*)?   #returnCount
    | RETURN (EARLIEST | LATEST) item (BY variable)?                               #returnExtreme
    | RETURN DISTINCT? item (COMMA item)*                                          #returnItems
    ;

item
    : variable (DOT property)?
    ;

limitClause
    : LIMIT INTEGER
    ;

sampleClause
    : SAMPLE INTEGER
    ;

setOperator
    : UNION | EXCEPT | INTERSECT
    ;

operand
    : variable | value
    ;

comparator
    : EQ | NEQ | LT | LTE | GT | GTE
    ;

value
    : string | number | TRUE | FALSE
    ;

number
    : INTEGER | DECIMAL
    ;

string
    : STRING
    ;

variable
    : IDENT
    ;

property
    : IDENT | nonReserved
    ;

// Category, predicate, kind and source names: identifiers, quoted strings, or words the language
// otherwise reserves (STAR has a relationship called "at", VidOR predicates such as "in_front_of").
label
    : IDENT | STRING | nonReserved
    ;

nonReserved
    : USE | VIDEO | LET | VIDEOS | ENTITIES | EVENTS | LOCALIZE | TRACK | SPATIAL | TEMPORAL | SAMPLE
    | IN | SOURCE | WHERE | AND | RETURN | DISTINCT | COUNT | BY | EARLIEST | LATEST | LIMIT | FRAMES
    | SECONDS | FIRST | LAST | AT | FRAME | BEFORE | AFTER | MEETS | MET | OVERLAPS | OVERLAPPED | STARTS
    | STARTED | DURING | CONTAINS | FINISHES | FINISHED | EQUALS | INTERSECTS | WITHIN | UNION | EXCEPT
    | INTERSECT | TRUE | FALSE | EXPLAIN | PROFILE
    ;

EXPLAIN: 'EXPLAIN';
PROFILE: 'PROFILE';
USE: 'USE';
VIDEO: 'VIDEO';
LET: 'LET';
VIDEOS: 'VIDEOS';
ENTITIES: 'ENTITIES';
EVENTS: 'EVENTS';
LOCALIZE: 'LOCALIZE';
TRACK: 'TRACK';
SPATIAL: 'SPATIAL';
TEMPORAL: 'TEMPORAL';
SAMPLE: 'SAMPLE';
IN: 'IN';
SOURCE: 'SOURCE';
WHERE: 'WHERE';
AND: 'AND';
RETURN: 'RETURN';
DISTINCT: 'DISTINCT';
COUNT: 'COUNT';
BY: 'BY';
EARLIEST: 'EARLIEST';
LATEST: 'LATEST';
LIMIT: 'LIMIT';
FRAMES: 'FRAMES';
SECONDS: 'SECONDS';
FIRST: 'FIRST';
LAST: 'LAST';
AT: 'AT';
FRAME: 'FRAME';
BEFORE: 'BEFORE';
AFTER: 'AFTER';
MEETS: 'MEETS';
MET: 'MET';
OVERLAPS: 'OVERLAPS';
OVERLAPPED: 'OVERLAPPED';
STARTS: 'STARTS';
STARTED: 'STARTED';
DURING: 'DURING';
CONTAINS: 'CONTAINS';
FINISHES: 'FINISHES';
FINISHED: 'FINISHED';
EQUALS: 'EQUALS';
INTERSECTS: 'INTERSECTS';
WITHIN: 'WITHIN';
UNION: 'UNION';
EXCEPT: 'EXCEPT';
INTERSECT: 'INTERSECT';
TRUE: 'TRUE';
FALSE: 'FALSE';

ARROW: '->';
DASH: '-';
RANGE: '..';
DOT: '.';
COMMA: ',';
SEMI: ';';
COLON: ':';
PIPE: '|';
HASH: '#';
STAR: '*';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
EQ: '=';
NEQ: '<>' | '!=';
LTE: '<=';
GTE: '>=';
LT: '<';
GT: '>';

DURATION: [0-9]+ ('.' [0-9]+)? 'S';
DECIMAL: [0-9]+ '.' [0-9]+;
INTEGER: [0-9]+;
STRING: '\'' (~'\'' | '\'\'')* '\'';
// An opening quote that is never closed; the parser facade reports it with its position.
UNTERMINATED_STRING: '\'' (~'\'' | '\'\'')*;
IDENT: [A-Z_] [A-Z0-9_]* ('/' [A-Z0-9_]+)*;

COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
WS: [ \t\r\n]+ -> channel(HIDDEN);
// Any other character becomes a token so the parser reports it with its position.
UNEXPECTED_CHAR: .;
