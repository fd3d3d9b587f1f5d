package io.cotasks.ingest.video;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny but valid ONNX model in protobuf wire format, without the internet or an ONNX library: a
 * 1x1 convolution with zero weights whose biases are a fixed YOLOv8 row ({@code cx, cy, w, h, class
 * scores}), reshaped to {@code [1, 4+C, size*size]}. Every anchor then predicts the same box, which NMS
 * reduces to one detection: a known answer for the load, inference and decoding path.
 */
final class TinyOnnx {

    private TinyOnnx() {
    }

    /** The model for a {@code size x size} input and the given bias row (length 4 + classes). */
    static byte[] yolov8(int size, float[] row) {
        int channels = row.length;
        byte[] weights = floats(new float[channels * 3]);
        byte[] bias = floats(row);
        ByteBuffer shape = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(1).putLong(channels).putLong(-1);
        Proto graph = new Proto()
                .message(1, node("Conv", new String[] {"images", "W", "B"}, "conv"))
                .message(1, node("Reshape", new String[] {"conv", "shape"}, "output0"))
                .string(2, "tiny")
                .message(5, tensor("W", 1, weights, channels, 3, 1, 1))
                .message(5, tensor("B", 1, bias, channels))
                .message(5, tensor("shape", 7, shape.array(), 3))
                .message(11, valueInfo("images", 1, 3, size, size))
                .message(12, valueInfo("output0", 1, channels, size * size));
        return new Proto()
                .varint(1, 7)
                .string(2, "cotasks-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13))
                .bytes();
    }

    private static Proto node(String op, String[] inputs, String output) {
        Proto node = new Proto();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(3, op.toLowerCase()).string(4, op);
    }

    private static Proto tensor(String name, int dataType, byte[] raw, long... dims) {
        Proto t = new Proto();
        for (long d : dims) {
            t.varint(1, d);
        }
        return t.varint(2, dataType).string(8, name).raw(9, raw);
    }

    private static Proto valueInfo(String name, long... dims) {
        Proto shape = new Proto();
        for (long d : dims) {
            shape.message(1, new Proto().varint(1, d));
        }
        Proto tensorType = new Proto().varint(1, 1).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    private static byte[] floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** A protobuf message being written: varint and length-delimited fields only. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto raw(int field, byte[] value) {
            writeVarint(((long) field << 3) | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return raw(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto value) {
            return raw(field, value.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
