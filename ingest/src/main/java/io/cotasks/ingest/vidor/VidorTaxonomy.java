package io.cotasks.ingest.vidor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.model.PredicateKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The VidOR object and predicate taxonomies ({@code vidor_entity_hierarchy.csv},
 * {@code vidor_predicate_hierarchy.csv}, bundled as resources). A predicate under
 * {@code predicate.spatial} is {@link PredicateKind#SPATIAL}. An action predicate is refined:
 * {@link PredicateKind#CONTACT} when it implies physical contact between subject and object (hold, touch,
 * carry, ride, lean on, hug, ...), {@link PredicateKind#ATTENTION} when the subject directs its attention
 * or communication at the object without touching it (watch, point to, wave hand to, speak to, shout at),
 * {@link PredicateKind#ACTION} otherwise (chase, throw, release, open, use, ...). VidHOI spells
 * {@code toward} as {@code towards} and some objects differently (backpack, fruits, vegetables, as used by
 * VidSTG); both spellings are accepted.
 */
public final class VidorTaxonomy {

    static final Set<String> CONTACT = Set.of("bite", "kiss", "lick", "caress", "knock", "pat", "squeeze",
            "hold", "press", "touch", "hit", "kick", "lift", "carry", "grab", "pull", "push", "hug", "lean_on",
            "ride", "get_on", "get_off", "hold_hand_of", "shake_hand_with", "feed", "cut", "clean", "drive",
            "play(instrument)");
    static final Set<String> ATTENTION = Set.of("watch", "point_to", "wave_hand_to", "speak_to", "shout_at");

    private static final VidorTaxonomy INSTANCE = load();

    private final Map<String, PredicateKind> predicates;
    private final Set<String> categories;

    private VidorTaxonomy(Map<String, PredicateKind> predicates, Set<String> categories) {
        this.predicates = predicates;
        this.categories = categories;
    }

    public static VidorTaxonomy get() {
        return INSTANCE;
    }

    /** The kind of a VidOR predicate, or empty when the taxonomy does not know it. */
    public Optional<PredicateKind> kind(String predicate) {
        return Optional.ofNullable(predicates.get(predicate));
    }

    /** True for one of the 80 VidOR object categories. */
    public boolean isCategory(String category) {
        return categories.contains(category);
    }

    private static VidorTaxonomy load() {
        Map<String, PredicateKind> predicates = new HashMap<>();
        for (String id : leaves("vidor_predicate_hierarchy.csv")) {
            String name = id.substring(id.lastIndexOf('.') + 1);
            PredicateKind kind = id.startsWith("predicate.spatial.") ? PredicateKind.SPATIAL
                    : CONTACT.contains(name) ? PredicateKind.CONTACT
                    : ATTENTION.contains(name) ? PredicateKind.ATTENTION : PredicateKind.ACTION;
            predicates.put(name, kind);
        }
        predicates.put("towards", predicates.get("toward"));
        Set<String> categories = new HashSet<>();
        for (String id : leaves("vidor_entity_hierarchy.csv")) {
            categories.add(id.substring(id.lastIndexOf('.') + 1));
        }
        categories.addAll(vidHoiCategories());
        return new VidorTaxonomy(Map.copyOf(predicates), Set.copyOf(categories));
    }

    /** VidHOI's spellings of the same 80 classes (backpack, fruits, vegetables), used by VidSTG. */
    private static List<String> vidHoiCategories() {
        try (InputStream in = VidorTaxonomy.class.getResourceAsStream("vidor_obj_categories_VidHOI.json")) {
            return List.of(new ObjectMapper().readValue(in, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the leaves (depth 3 for predicates, the last level for objects) of a hierarchy CSV. */
    private static Set<String> leaves(String resource) {
        Set<String> ids = new HashSet<>();
        try (InputStream in = VidorTaxonomy.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(l -> l.split(",", 2)[0].trim()).filter(s -> !s.isEmpty()).forEach(ids::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> leaves = new HashSet<>();
        for (String id : ids) {
            if (ids.stream().noneMatch(other -> other.startsWith(id + "."))) {
                leaves.add(id);
            }
        }
        return leaves;
    }
}
