package io.cotasks.ingest.star;

import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The STAR and Charades vocabularies, found next to the input file: in its folder or its parent, directly
 * or under {@code classes/}, {@code charades/} or {@code homepage/} (the layout of the STAR release and of
 * {@code samples/star}). Files: {@code obj_rel_cls_dict.json} (pre-release integer ids to names),
 * {@code object_classes.txt} (o###), {@code relationship_classes.txt} (r###), {@code action_classes.txt}
 * and {@code action_mapping.txt} (a### to verb and object), {@code verb_classes.txt} (v###),
 * {@code Charades_v1_classes.txt} (c###) and optionally {@code video_fps.json}.
 *
 * <p>Charades {@code c###} maps to STAR {@code a###} when both describe the same verb and the rest of the
 * phrase is identical ("Holding some clothes" = "hold some clothes"); the other 47 of the 157 classes (e.g.
 * "Someone is sneezing") keep their Charades id.
 */
public final class StarVocabulary {

    /** Charades videos are mostly 30 fps; used when no {@code video_fps.json} names the video. */
    public static final double DEFAULT_FPS = 30.0;

    final Map<Integer, String> preObjects = new HashMap<>();
    final Map<Integer, String> preRelations = new HashMap<>();
    final Map<String, Integer> objectIds = new HashMap<>();
    final Map<String, String> relationIds = new HashMap<>();
    final Map<String, String> charadesText = new HashMap<>();
    final Map<String, String> charadesToStar = new HashMap<>();
    final Map<String, String> actionVerb = new HashMap<>();
    final Map<String, Integer> actionObject = new HashMap<>();
    final Map<String, Double> fps = new HashMap<>();

    private StarVocabulary() {
    }

    /** No vocabulary: Charades labels stay c### and become the predicate; every video is 30 fps. */
    public static StarVocabulary empty() {
        return new StarVocabulary();
    }

    /** The vocabulary near {@code input}; a missing required file is an {@link IngestException}. */
    public static StarVocabulary near(Path input) {
        StarVocabulary v = new StarVocabulary();
        Path dir = input.toAbsolutePath().getParent();
        Optional<Path> dict = find(dir, "obj_rel_cls_dict.json");
        if (dict.isPresent()) {
            JsonCursor root = JsonCursor.parse(dict.get(), InputFiles.read(dict.get()));
            root.get("object").fields().forEach(f -> v.preObjects.put(Integer.parseInt(f.getKey()), f.getValue().asText()));
            root.get("relationships").fields().forEach(f -> v.preRelations.put(Integer.parseInt(f.getKey()), f.getValue().asText()));
        }
        Map<String, String> objects = idList(require(dir, "object_classes.txt"));
        objects.forEach((id, name) -> v.objectIds.put(name, Integer.parseInt(id.substring(1))));
        idList(require(dir, "relationship_classes.txt")).forEach((id, name) -> v.relationIds.put(name, id));
        Map<String, String> verbs = idList(require(dir, "verb_classes.txt"));
        Map<String, String> actions = idList(require(dir, "action_classes.txt"));
        idList(require(dir, "action_mapping.txt")).forEach((a, vo) -> {
            String[] parts = vo.split(" ");
            v.actionVerb.put(a, verbs.get(parts[0]));
            v.actionObject.put(a, Integer.parseInt(parts[1].substring(1)));
        });
        find(dir, "Charades_v1_classes.txt").ifPresent(p -> v.charadesText.putAll(idList(p)));
        v.charadesText.forEach((c, text) -> matchAction(text, actions).ifPresent(a -> v.charadesToStar.put(c, a)));
        find(dir, "video_fps.json").ifPresent(p -> JsonCursor.parse(p, InputFiles.read(p)).fields()
                .forEach(f -> v.fps.put(f.getKey().replace(".mp4", ""), f.getValue().asDouble())));
        return v;
    }

    /** The frames per second of a Charades video, or {@link #DEFAULT_FPS}. */
    public double fps(String videoId) {
        return fps.getOrDefault(videoId, DEFAULT_FPS);
    }

    /** The STAR action id for a Charades class, if one describes the same verb and object. */
    public Optional<String> starAction(String charadesId) {
        return Optional.ofNullable(charadesToStar.get(charadesId));
    }

    /** Folders searched for vocabulary files, nearest first. */
    static List<Path> searchPath(Path dir) {
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        return List.of(dir, dir.resolve("classes"), dir.resolve("charades"), parent, parent.resolve("classes"),
                parent.resolve("charades"), parent.resolve("homepage"));
    }

    static Optional<Path> find(Path dir, String name) {
        return searchPath(dir).stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    private static Path require(Path dir, String name) {
        return find(dir, name).orElseThrow(() -> new IngestException(
                "STAR vocabulary file " + name + " not found near " + dir + " (looked in classes/, charades/, homepage/)"));
    }

    /** Lines "id text" of a class list. */
    static Map<String, String> idList(Path file) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int space = trimmed.indexOf(' ');
                if (space > 0) {
                    out.put(trimmed.substring(0, space), trimmed.substring(space + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Optional<String> matchAction(String charades, Map<String, String> actions) {
        String[] c = charades.toLowerCase(Locale.ROOT).split(" ", 2);
        String rest = c.length > 1 ? c[1] : "";
        for (Map.Entry<String, String> a : actions.entrySet()) {
            String[] s = a.getValue().split(" ", 2);
            if (rest.equals(s.length > 1 ? s[1] : "") && sameVerb(c[0].split("/")[0], s[0].split("/")[0])) {
                return Optional.of(a.getKey());
            }
        }
        return Optional.empty();
    }

    /** "holding" ~ "hold", "putting" ~ "put", "taking" ~ "take", "lying" ~ "lie", "wash" ~ "wash". */
    static boolean sameVerb(String word, String base) {
        if (word.equals(base)) {
            return true;
        }
        if (!word.endsWith("ing")) {
            return false;
        }
        String stem = word.substring(0, word.length() - 3);
        return stem.equals(base) || (stem + "e").equals(base) || (stem.endsWith("y") && base.equals(stem.substring(0, stem.length() - 1) + "ie"))
                || (stem.length() > 1 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && stem.substring(0, stem.length() - 1).equals(base));
    }
}
