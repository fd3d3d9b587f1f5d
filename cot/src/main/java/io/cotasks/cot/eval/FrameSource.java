package io.cotasks.cot.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes {@code n} evenly spaced frames of a video as JPEG bytes; implemented by the app with the perception code. */
@FunctionalInterface
public interface FrameSource {

    List<byte[]> sampleJpeg(String videoId, int n) throws IOException;

    /**
     * Keeps the frames of the last {@code videos} videos, since every video has several questions and two runs
     * (NExT-QA files list a video's questions together).
     */
    static FrameSource cached(FrameSource source, int videos) {
        Map<String, List<byte[]>> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<byte[]>> eldest) {
                return size() > videos;
            }
        };
        return (videoId, n) -> {
            String key = videoId + "#" + n;
            synchronized (cache) {
                List<byte[]> hit = cache.get(key);
                if (hit != null) {
                    return hit;
                }
            }
            List<byte[]> frames = List.copyOf(source.sampleJpeg(videoId, n));
            synchronized (cache) {
                cache.put(key, frames);
            }
            return frames;
        };
    }
}
