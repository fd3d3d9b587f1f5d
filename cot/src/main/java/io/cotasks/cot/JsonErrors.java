package io.cotasks.cot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Jackson's read failures as one plain line with the file as the user named it and the place in it:
 * {@code sub/a.json:2:9: not valid JSON: Unexpected character ...}. Jackson's own message names no file
 * ({@code [Source: REDACTED ...]}) and, for binary input, speaks of UTF-32 characters.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The message for a failure reading {@code file}. */
    public static String describe(Path file, IOException e) {
        if (e instanceof CharConversionException) {
            return file + ": not a JSON text file (binary, or not UTF-8)";
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            String where = at == null || at.getLineNr() < 1 ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            return where + ": not valid JSON: " + plain(j.getOriginalMessage());
        }
        return file + ": cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The first line, without Jackson's start-marker location (which names no file). */
    private static String plain(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int marker = line.indexOf(" (start marker at [Source:");
        return (marker < 0 ? line : line.substring(0, marker)).strip();
    }
}
