package io.cotasks.cot.eval;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WordNet 3.0 (the version NLTK ships) with NLTK's Wu-Palmer similarity: LCS by minimum depth, depth by
 * maximum depth, and a simulated root for verbs, adjectives and adverbs, so scores match the NExT-OE
 * evaluation script. Ties between lowest common hypernyms are broken by lemma name as NLTK does.
 */
final class WordNet {

    private static final String RESOURCE = "/net/sf/extjwnl/data/wordnet/wn30/res_properties.xml";
    private static final List<POS> NLTK_ORDER = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);
    /** NLTK's simulated root, shared by all synsets that need it. */
    static final Node ROOT = new Node('*', -1, "*ROOT*", List.of());

    private final Dictionary dictionary;
    private final Map<Long, Node> nodes = new HashMap<>();

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    static WordNet load() {
        try {
            return new WordNet(Dictionary.getResourceInstance(RESOURCE));
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet 3.0 from the classpath: " + e.getMessage(), e);
        }
    }

    /** A synset as a node of the hypernym graph. */
    record Node(char pos, long offset, String name, List<Long> parentKeys) {
    }

    /** NLTK's {@code wordnet.synsets(word)[0]}: the first sense in noun, verb, adjective, adverb order. */
    synchronized Node firstSynset(String word) throws JWNLException {
        for (POS pos : NLTK_ORDER) {
            IndexWord index = dictionary.getIndexWord(pos, word);
            if (index == null) {
                index = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, word);
            }
            if (index != null && !index.getSenses().isEmpty()) {
                return node(index.getSenses().get(0));
            }
        }
        return null;
    }

    /** The first sense of a lemma in one part of speech, or null (for tests against NLTK's synset values). */
    synchronized Node firstSense(POS pos, String lemma) throws JWNLException {
        IndexWord index = dictionary.getIndexWord(pos, lemma);
        return index == null || index.getSenses().isEmpty() ? null : node(index.getSenses().get(0));
    }

    /** The shortest base form of a word for this part of speech, or null when WordNet does not know it. */
    synchronized String baseForm(POS pos, String word) throws JWNLException {
        List<String> forms = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word);
        return forms.stream().min(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** NLTK's {@code wup_similarity}, or null when the synsets share no hypernym. */
    synchronized Double wupSimilarity(Node a, Node b) throws JWNLException {
        boolean needRoot = a.pos() != 'n' || b.pos() != 'n';
        List<Node> subsumers = lowestCommonHypernyms(a, b, needRoot);
        if (subsumers.isEmpty()) {
            return null;
        }
        Node subsumer = subsumers.contains(a) ? a : subsumers.get(0);
        int depth = maxDepth(subsumer) + 1;
        Integer len1 = shortestPathDistance(a, subsumer, needRoot);
        Integer len2 = shortestPathDistance(b, subsumer, needRoot);
        if (len1 == null || len2 == null) {
            return null;
        }
        return 2.0 * depth / (len1 + depth + len2 + depth);
    }

    private List<Node> lowestCommonHypernyms(Node a, Node b, boolean simulateRoot) throws JWNLException {
        Set<Node> common = new HashSet<>(allHypernyms(a));
        common.retainAll(allHypernyms(b));
        List<Node> candidates = new ArrayList<>(common);
        if (simulateRoot) {
            candidates.add(ROOT);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Node, Integer> minDepths = new HashMap<>();
        for (Node n : candidates) {
            minDepths.put(n, minDepth(n));
        }
        int deepest = minDepths.values().stream().max(Integer::compare).orElseThrow();
        return candidates.stream().filter(n -> minDepths.get(n) == deepest)
                .sorted(Comparator.comparing(Node::name)).toList();
    }

    private Set<Node> allHypernyms(Node start) throws JWNLException {
        Set<Node> seen = new HashSet<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (seen.add(n)) {
                todo.addAll(parents(n));
            }
        }
        return seen;
    }

    private Integer shortestPathDistance(Node from, Node to, boolean simulateRoot) throws JWNLException {
        if (from.equals(to)) {
            return 0;
        }
        Map<Node, Integer> d1 = hypernymDistances(from, simulateRoot);
        Map<Node, Integer> d2 = hypernymDistances(to, simulateRoot);
        Integer best = null;
        for (Map.Entry<Node, Integer> e : d1.entrySet()) {
            Integer other = d2.get(e.getKey());
            if (other != null && (best == null || e.getValue() + other < best)) {
                best = e.getValue() + other;
            }
        }
        return best;
    }

    private Map<Node, Integer> hypernymDistances(Node start, boolean simulateRoot) throws JWNLException {
        if (start == ROOT) {
            return Map.of(ROOT, 0);
        }
        Map<Node, Integer> distance = new HashMap<>();
        ArrayDeque<Map.Entry<Node, Integer>> queue = new ArrayDeque<>(List.of(Map.entry(start, 0)));
        while (!queue.isEmpty()) {
            Map.Entry<Node, Integer> entry = queue.poll();
            if (distance.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                for (Node parent : parents(entry.getKey())) {
                    queue.add(Map.entry(parent, entry.getValue() + 1));
                }
            }
        }
        if (simulateRoot) {
            distance.put(ROOT, distance.values().stream().max(Integer::compare).orElse(0) + 1);
        }
        return distance;
    }

    private int minDepth(Node n) throws JWNLException {
        List<Node> parents = parents(n);
        int min = Integer.MAX_VALUE;
        for (Node p : parents) {
            min = Math.min(min, minDepth(p));
        }
        return parents.isEmpty() ? 0 : min + 1;
    }

    private int maxDepth(Node n) throws JWNLException {
        int max = -1;
        for (Node p : parents(n)) {
            max = Math.max(max, maxDepth(p));
        }
        return max + 1;
    }

    private List<Node> parents(Node n) throws JWNLException {
        if (n == ROOT) {
            return List.of();
        }
        List<Node> parents = new ArrayList<>();
        for (long key : n.parentKeys()) {
            parents.add(nodes.get(key));
        }
        return parents;
    }

    /** The node of a synset, loading its hypernym ancestry once. */
    private Node node(Synset synset) throws JWNLException {
        long key = key(synset);
        Node cached = nodes.get(key);
        if (cached != null) {
            return cached;
        }
        List<Long> parentKeys = new ArrayList<>();
        List<Synset> parentSynsets = new ArrayList<>();
        for (Pointer pointer : synset.getPointers()) {
            if (pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM) {
                Synset parent = pointer.getTargetSynset();
                parentKeys.add(key(parent));
                parentSynsets.add(parent);
            }
        }
        Node node = new Node(synset.getPOS().getKey().charAt(0), synset.getOffset(),
                synset.getWords().get(0).getLemma().toLowerCase().replace(' ', '_') + "." + synset.getPOS().getKey(),
                List.copyOf(parentKeys));
        nodes.put(key, node);
        for (Synset parent : parentSynsets) {
            node(parent);
        }
        return node;
    }

    private static long key(Synset synset) {
        return synset.getPOS().getId() * 1_000_000_000L + synset.getOffset();
    }
}
