package io.cotasks.ingest.video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TensorFlow.js graph model ({@code model.json} plus its weight file) as a TensorFlow {@link GraphDef}
 * that TensorFlow Java can import. The JSON's {@code modelTopology} is a GraphDef in protobuf's JSON form
 * whose weight constants carry no value; the values come from {@code weightsManifest}, in order, from the
 * concatenated weight files (float16-quantized weights are widened to float32). Two ops that the
 * TensorFlow.js converter writes are fixed for the TensorFlow runtime: {@code _FusedConv2D} gets its
 * {@code TArgs} attribute, and {@code FusedDepthwiseConv2dNative} (a TensorFlow.js-only op) is split into
 * {@code DepthwiseConv2dNative}, {@code BiasAdd} and its activation.
 */
final class TfjsGraphDef {

    private TfjsGraphDef() {
    }

    /**
     * The graph of {@code modelJson} with the weights of {@code weights} (the model's weight files,
     * concatenated in manifest order).
     *
     * @throws IOException when the JSON is not a graph model or the weights do not fit the manifest
     */
    static GraphDef read(byte[] modelJson, byte[] weights) throws IOException {
        JsonNode model = new ObjectMapper().readTree(modelJson);
        JsonNode topology = model.path("modelTopology");
        if (!topology.has("node")) {
            throw new IOException("no modelTopology.node: not a TensorFlow.js graph model");
        }
        GraphDef.Builder graph = GraphDef.newBuilder();
        JsonFormat.parser().ignoringUnknownFields().merge(topology.toString(), graph);
        Map<String, TensorProto> values = weights(model.path("weightsManifest"), weights);
        List<NodeDef> nodes = new ArrayList<>();
        for (NodeDef node : graph.getNodeList()) {
            NodeDef.Builder b = node.toBuilder().clearDevice();
            TensorProto value = values.remove(node.getName());
            if (value != null) {
                b.putAttr("value", AttrValue.newBuilder().setTensor(value).build());
            }
            nodes.addAll(fix(b.build()));
        }
        if (!values.isEmpty()) {
            throw new IOException("weights without a node: " + values.keySet().iterator().next());
        }
        return graph.clearNode().addAllNode(nodes).build();
    }

    private static Map<String, TensorProto> weights(JsonNode manifest, byte[] data) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, TensorProto> out = new HashMap<>();
        for (JsonNode group : manifest) {
            for (JsonNode w : group.path("weights")) {
                long count = 1;
                TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
                for (JsonNode d : w.path("shape")) {
                    shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(d.asLong()));
                    count *= d.asLong();
                }
                String dtype = w.path("dtype").asText();
                String quantized = w.path("quantization").path("dtype").asText("");
                TensorProto.Builder t = TensorProto.newBuilder().setTensorShape(shape);
                try {
                    if (dtype.equals("float32") && quantized.equals("float16")) {
                        t.setDtype(DataType.DT_FLOAT).setTensorContent(widen(in, (int) count));
                    } else if ((dtype.equals("float32") || dtype.equals("int32")) && quantized.isEmpty()) {
                        t.setDtype(dtype.equals("int32") ? DataType.DT_INT32 : DataType.DT_FLOAT)
                                .setTensorContent(copy(in, (int) count * 4));
                    } else {
                        throw new IOException(w.path("name").asText() + ": unsupported weight type " + dtype
                                + (quantized.isEmpty() ? "" : " quantized as " + quantized));
                    }
                } catch (java.nio.BufferUnderflowException e) {
                    throw new IOException("weight data ends inside " + w.path("name").asText()
                            + " (" + data.length + " bytes)", e);
                }
                out.put(w.path("name").asText(), t.build());
            }
        }
        if (in.hasRemaining()) {
            throw new IOException(in.remaining() + " weight bytes beyond the manifest");
        }
        return out;
    }

    private static ByteString copy(ByteBuffer in, int bytes) {
        byte[] b = new byte[bytes];
        in.get(b);
        return ByteString.copyFrom(b);
    }

    private static ByteString widen(ByteBuffer in, int count) {
        ByteBuffer out = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            out.putFloat(halfToFloat(in.getShort()));
        }
        return ByteString.copyFrom(out.array());
    }

    /** IEEE 754 binary16 to binary32 (exact: every half value is a float). */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    /** The node as TensorFlow runs it: itself, with {@code TArgs} added, or split into plain ops. */
    private static List<NodeDef> fix(NodeDef node) {
        return switch (node.getOp()) {
            case "_FusedConv2D" -> List.of(withTArgs(node));
            case "FusedDepthwiseConv2dNative" -> splitDepthwise(node);
            default -> List.of(node);
        };
    }

    private static NodeDef withTArgs(NodeDef node) {
        if (node.containsAttr("TArgs")) {
            return node;
        }
        int args = (int) node.getAttrOrThrow("num_args").getI();
        AttrValue.ListValue.Builder types = AttrValue.ListValue.newBuilder();
        for (int i = 0; i < args; i++) {
            types.addType(node.getAttrOrThrow("T").getType());
        }
        return node.toBuilder().putAttr("TArgs", AttrValue.newBuilder().setList(types).build()).build();
    }

    /** x, filter, bias with fused_ops [BiasAdd] or [BiasAdd, Relu|Relu6]: the last node keeps the name. */
    private static List<NodeDef> splitDepthwise(NodeDef node) {
        List<String> fused = node.getAttrOrThrow("fused_ops").getList().getSList().stream()
                .map(ByteString::toStringUtf8).toList();
        if (node.getInputCount() != 3 || fused.isEmpty() || !fused.get(0).equals("BiasAdd") || fused.size() > 2) {
            throw new IllegalArgumentException(node.getName() + ": unsupported FusedDepthwiseConv2dNative " + fused);
        }
        String name = node.getName();
        AttrValue t = node.getAttrOrThrow("T");
        NodeDef.Builder conv = NodeDef.newBuilder().setName(name + "/cotasks_depthwise").setOp("DepthwiseConv2dNative")
                .addInput(node.getInput(0)).addInput(node.getInput(1)).putAttr("T", t);
        for (String key : List.of("strides", "padding", "dilations", "data_format", "explicit_paddings")) {
            if (node.containsAttr(key)) {
                conv.putAttr(key, node.getAttrOrThrow(key));
            }
        }
        boolean activation = fused.size() == 2;
        NodeDef bias = NodeDef.newBuilder().setName(activation ? name + "/cotasks_bias" : name).setOp("BiasAdd")
                .addInput(conv.getName()).addInput(node.getInput(2)).putAttr("T", t)
                .putAttr("data_format", node.getAttrOrDefault("data_format",
                        AttrValue.newBuilder().setS(ByteString.copyFromUtf8("NHWC")).build())).build();
        if (!activation) {
            return List.of(conv.build(), bias);
        }
        String op = fused.get(1);
        if (!op.equals("Relu") && !op.equals("Relu6")) {
            throw new IllegalArgumentException(name + ": unsupported fused activation " + op);
        }
        return List.of(conv.build(), bias,
                NodeDef.newBuilder().setName(name).setOp(op).addInput(bias.getName()).putAttr("T", t).build());
    }
}
