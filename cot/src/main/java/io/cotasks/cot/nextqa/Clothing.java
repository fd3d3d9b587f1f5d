package io.cotasks.cot.nextqa;

import java.util.Set;

/** Words for what people wear or how they look, which describe a person ("the man in a red shirt"). */
final class Clothing {

    private static final Set<String> WORDS = Set.of("shirt", "tshirt", "t", "hat", "cap", "dress", "jacket",
            "helmet", "pants", "shorts", "glasses", "sunglasses", "coat", "sweater", "top", "skirt", "suit",
            "uniform", "jersey", "costume", "shoe", "boot", "scarf", "hoodie", "vest", "clothes", "clothing",
            "outfit", "stripe", "jeans", "glove", "apron", "mask", "hair", "headband", "bandana", "overalls",
            "bikini", "swimsuit", "tie", "trousers", "sleeve", "hood", "backpack", "spectacles", "cloth", "pajamas",
            "pyjamas", "diaper", "sock", "sandal", "goggles", "beanie", "blouse", "robe", "gown", "kimono", "bib");

    private Clothing() {
    }

    static boolean isClothing(String nounLemma) {
        return WORDS.contains(nounLemma);
    }
}
