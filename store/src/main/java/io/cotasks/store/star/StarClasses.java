package io.cotasks.store.star;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.CotasksException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The STAR and Charades vocabularies: STAR's object, relationship, verb and action classes with the action
 * mapping, the pre-release integer label dictionary ({@code obj_rel_cls_dict.json}), the Charades classes,
 * STAR's verb-to-object action space and the Charades frame rates. Shipped as resources (provenance and
 * licences in {@code io/cotasks/store/star/README.md}); {@link #from(Path)} reads any of the same files
 * from a folder instead ({@code --star-classes DIR}).
 *
 * <p>Shared by ingest (labels to graph elements) and cot (the program executor's maps), so both read one
 * vocabulary.
 */
public final class StarClasses {

    private static final String RESOURCES = "/io/cotasks/store/star/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile StarClasses shipped;

    private final List<String> objects = new ArrayList<>();
    private final Map<String, Integer> objectIndex = new HashMap<>();
    private final List<String> relations = new ArrayList<>();
    private final Map<String, Integer> relationIndex = new HashMap<>();
    private final Map<String, String> actionVerb = new LinkedHashMap<>();
    private final Map<String, String> actionObject = new LinkedHashMap<>();
    private final Map<String, String> actionText = new LinkedHashMap<>();
    private final Map<Integer, String> preObjects = new HashMap<>();
    private final Map<Integer, String> preRelations = new HashMap<>();
    private final Map<String, String> charadesText = new LinkedHashMap<>();
    private final Map<String, String> charadesToStar = new HashMap<>();
    private final Map<String, List<String>> verbObjects = new LinkedHashMap<>();
    private final Map<String, Double> fps = new HashMap<>();

    private StarClasses() {
    }

    /** The vocabularies shipped inside the application. */
    public static StarClasses shipped() {
        if (shipped == null) {
            synchronized (StarClasses.class) {
                if (shipped == null) {
                    shipped = load(null);
                }
            }
        }
        return shipped;
    }

    /** The shipped vocabularies with every file found in {@code dir} read from there instead. */
    public static StarClasses from(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CotasksException("--star-classes: no such folder: " + dir, CotasksException.USAGE, null);
        }
        return load(dir);
    }

    private static StarClasses load(Path dir) {
        StarClasses c = new StarClasses();
        idList(dir, "object_classes.txt").values().forEach(name -> {
            c.objectIndex.put(name, c.objects.size());
            c.objects.add(name);
        });
        idList(dir, "relationship_classes.txt").values().forEach(name -> {
            c.relationIndex.put(name, c.relations.size());
            c.relations.add(name);
        });
        Map<String, String> verbs = idList(dir, "verb_classes.txt");
        Map<String, String> objectIds = idList(dir, "object_classes.txt");
        c.actionText.putAll(idList(dir, "action_classes.txt"));
        idList(dir, "action_mapping.txt").forEach((a, vo) -> {
            String[] parts = vo.split("\\s+");
            c.actionVerb.put(a, verbs.get(parts[0]));
            c.actionObject.put(a, objectIds.get(parts[1]));
        });
        JsonNode dict = json(dir, "obj_rel_cls_dict.json");
        dict.path("object").fields().forEachRemaining(f -> c.preObjects.put(Integer.parseInt(f.getKey()), f.getValue().asText()));
        dict.path("relationships").fields().forEachRemaining(f -> c.preRelations.put(Integer.parseInt(f.getKey()), f.getValue().asText()));
        c.charadesText.putAll(idList(dir, "Charades_v1_classes.txt"));
        c.charadesText.forEach((id, text) -> c.matchAction(text).ifPresent(a -> c.charadesToStar.put(id, a)));
        for (String line : lines(dir, "action_space.tsv")) {
            String[] f = line.split("\t");
            c.verbObjects.put(f[0], List.copyOf(Arrays.asList(f).subList(1, f.length)));
        }
        for (String line : lines(dir, "video_fps.tsv")) {
            String[] f = line.split("\t");
            c.fps.put(f[0], Double.parseDouble(f[1]));
        }
        return c;
    }

    /** Official object classes by index (o000 = person). */
    public List<String> objects() {
        return List.copyOf(objects);
    }

    /** The official index of an object class name, or null. */
    public Integer objectIndex(String name) {
        return objectIndex.get(name);
    }

    /** Official relationship classes by index (r009 = holding). */
    public List<String> relations() {
        return List.copyOf(relations);
    }

    /** The official index of a relationship name, or null. */
    public Integer relationIndex(String name) {
        return relationIndex.get(name);
    }

    /** STAR action id to verb ({@code a053 -> put}), the reference's {@code verb_map}. */
    public Map<String, String> actionVerbs() {
        return actionVerb;
    }

    /** STAR action id to object class ({@code a053 -> sandwich}), the reference's {@code obj_map}. */
    public Map<String, String> actionObjects() {
        return actionObject;
    }

    /** STAR action id to its text ({@code a053 -> put a sandwich somewhere}). */
    public Map<String, String> actionTexts() {
        return actionText;
    }

    /** Pre-release integer object label to name, or null. */
    public String preReleaseObject(int id) {
        return preObjects.get(id);
    }

    /** Pre-release integer relationship label to name (as written there, e.g. "laying on"), or null. */
    public String preReleaseRelation(int id) {
        return preRelations.get(id);
    }

    /** Charades class id to text, e.g. c068 to "Putting a sandwich somewhere". */
    public Map<String, String> charadesTexts() {
        return charadesText;
    }

    /** The STAR action id of a Charades class describing the same verb and object, if any. */
    public Optional<String> starAction(String charadesId) {
        return Optional.ofNullable(charadesToStar.get(charadesId));
    }

    /** A STAR action label as STAR ids: c### mapped to a### where STAR has the action, anything else as is. */
    public String actionId(String label) {
        return charadesToStar.getOrDefault(label, label);
    }

    /** STAR's feasible objects of a verb (the reference's {@code verb2obj}), or null for another verb. */
    public List<String> feasibleObjects(String verb) {
        return verbObjects.get(verb);
    }

    /** Frames per second of a Charades video, when known. */
    public Optional<Double> fps(String videoId) {
        return Optional.ofNullable(fps.get(videoId));
    }

    /**
     * Charades text to STAR action: the same verb (gerund or base form) and the same rest of the phrase,
     * e.g. "Holding some clothes" = "hold some clothes".
     */
    private Optional<String> matchAction(String charades) {
        String[] c = charades.toLowerCase(Locale.ROOT).split(" ", 2);
        String rest = c.length > 1 ? c[1] : "";
        for (Map.Entry<String, String> a : actionText.entrySet()) {
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
        return stem.equals(base) || (stem + "e").equals(base)
                || (stem.endsWith("y") && base.equals(stem.substring(0, stem.length() - 1) + "ie"))
                || (stem.length() > 1 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && stem.substring(0, stem.length() - 1).equals(base));
    }

    /** Lines "id text" of a class list, in file order. */
    private static Map<String, String> idList(Path dir, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(dir, name)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                out.put(line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        return out;
    }

    /** Non-blank lines, stripped, without {@code #} comments. */
    private static List<String> lines(Path dir, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(dir, name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new CotasksException(name + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static JsonNode json(Path dir, String name) {
        try (InputStream in = open(dir, name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new CotasksException(name + ": not valid JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static InputStream open(Path dir, String name) throws IOException {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            return Files.newInputStream(dir.resolve(name));
        }
        InputStream in = StarClasses.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return in;
    }
}
