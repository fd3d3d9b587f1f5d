package io.cotasks.cot.eval;

import java.io.IOException;
import java.util.List;

/** Decodes {@code n} evenly spaced frames of a video as JPEG bytes; implemented by the app with the perception code. */
@FunctionalInterface
public interface FrameSource {

    List<byte[]> sampleJpeg(String videoId, int n) throws IOException;
}
