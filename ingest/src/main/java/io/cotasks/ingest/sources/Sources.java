package io.cotasks.ingest.sources;

import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.nextqa.NextQaAdapter;
import io.cotasks.ingest.star.CharadesAdapter;
import io.cotasks.ingest.star.StarAdapter;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.ingest.vidor.VidstgAdapter;
import io.cotasks.store.CotasksException;
import io.cotasks.store.star.StarClasses;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The adapters by {@code --source} name: the annotation adapters of this module, plus any adapter
 * registered through {@link ServiceLoader} (a public class with a no-argument constructor implementing
 * {@link SourceAdapter}, listed in {@code META-INF/services/io.cotasks.ingest.SourceAdapter}); that is how
 * the perception pipeline's {@code video} source plugs in.
 */
public final class Sources {

    private static final Map<String, Supplier<SourceAdapter>> ANNOTATIONS = new TreeMap<>(Map.of(
            VidorAdapter.ORIGIN, VidorAdapter::create,
            VidstgAdapter.ORIGIN, VidstgAdapter::create,
            StarAdapter.ORIGIN, StarAdapter::create,
            NextQaAdapter.ORIGIN, NextQaAdapter::create,
            CharadesAdapter.ORIGIN, CharadesAdapter::create));

    private Sources() {
    }

    /** Every source name: charades, nextqa, star, vidor, vidstg and the registered ones. */
    public static List<String> names() {
        TreeSet<String> names = new TreeSet<>(ANNOTATIONS.keySet());
        ServiceLoader.load(SourceAdapter.class).forEach(a -> names.add(a.name()));
        return List.copyOf(names);
    }

    /**
     * The adapter for {@code name} with the STAR/Charades vocabularies {@code starClasses}
     * ({@code --star-classes DIR}); other sources do not use them.
     */
    public static SourceAdapter byName(String name, StarClasses starClasses) {
        return switch (name) {
            case StarAdapter.ORIGIN -> StarAdapter.create(starClasses);
            case CharadesAdapter.ORIGIN -> CharadesAdapter.create(starClasses);
            default -> byName(name);
        };
    }

    /** The adapter for {@code name}, or a usage error listing the known names. */
    public static SourceAdapter byName(String name) {
        Supplier<SourceAdapter> s = ANNOTATIONS.get(name);
        if (s == null) {
            for (SourceAdapter a : ServiceLoader.load(SourceAdapter.class)) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            throw new CotasksException("unknown --source '" + name + "'; expected one of " + String.join(", ", names()),
                    CotasksException.USAGE, null);
        }
        return s.get();
    }
}
