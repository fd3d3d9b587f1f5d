/**
 * The error every stage of the query pipeline throws: the parser, the checker and the session. It sits
 * in its own package so that those stages and the engine that calls them form no package cycle.
 */
package io.cotasks.query.error;
