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

    /** Reads the units one input file holds; throws {@link IngestException} naming the file when it cannot. */
    @FunctionalInterface
    public interface FileUnits {
        List<IngestUnit> read(Path file);
    }

    /**
     * The units of every file with {@code suffix} under {@code inputs}, in order. A file that cannot be read
     * becomes one failed unit named after it, so every other file is still ingested.
     */
    public static List<IngestUnit> unitsPerFile(List<Path> inputs, String suffix, FileUnits reader) {
        List<IngestUnit> units = new ArrayList<>();
        for (Path file : expand(inputs, suffix)) {
            try {
                units.addAll(reader.read(file));
            } catch (IngestException e) {
                String name = file.toString();
                units.add(IngestUnit.failed(name, name, e.getMessage()));
            }
        }
        return units;
    }

    /** The bytes of {@code file}, or an {@link IngestException} naming it. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage());
        }
    }
}
