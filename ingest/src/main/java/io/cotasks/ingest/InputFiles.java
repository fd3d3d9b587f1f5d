package io.cotasks.ingest;

import io.cotasks.store.CotasksException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands input paths: a file stays itself, a folder becomes its files with a given suffix, sorted. */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> inputs, String suffix) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase().endsWith(suffix))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(input)) {
                out.add(input);
            } else {
                throw new CotasksException(input + ": no such file or folder", CotasksException.USAGE, null);
            }
        }
        return out;
    }

    /** The bytes of {@code file}, or an {@link IngestException} naming it. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file.getFileName() + ": cannot read: " + e.getMessage());
        }
    }
}
