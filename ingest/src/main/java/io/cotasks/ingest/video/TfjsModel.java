package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TUint8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A shipped TensorFlow.js graph model running in TensorFlow Java, with an input stage of plain TensorFlow
 * ops in front of it (so the frame's resizing runs exactly as TensorFlow.js's {@code resizeBilinear}).
 * Session runs are thread-safe, so one loaded model serves every worker: {@link #shared} loads each model
 * once per JVM, on first use, and only then are TensorFlow's natives unpacked and loaded.
 */
final class TfjsModel {

    /** The input stage's feed: RGB bytes {@code [1, height, width, 3]}. */
    static final String FRAME = "cotasks/frame";

    private static final Map<ShippedModel, TfjsModel> SHARED = new ConcurrentHashMap<>();

    private final ShippedModel model;
    private final Graph graph;
    private final Session session;

    private TfjsModel(ShippedModel model, Graph graph, Session session) {
        this.model = model;
        this.graph = graph;
        this.session = session;
    }

    /**
     * The model from the classpath with {@code inputStage} applied, loaded once per JVM and run once by
     * {@code warmUp} (TensorFlow optimises the graph on its first run), with TensorFlow's start-up notes
     * kept off the terminal.
     */
    static TfjsModel shared(ShippedModel model, UnaryOperator<GraphDef> inputStage, Consumer<TfjsModel> warmUp) {
        return SHARED.computeIfAbsent(model, m -> NativeStderr.muted(() -> {
            TfjsModel loaded = load(m, null, inputStage);
            warmUp.accept(loaded);
            return loaded;
        }));
    }

    /**
     * Loads {@code model} from {@code dir} (null: the classpath) with {@code inputStage} applied to its graph.
     *
     * @throws IngestException naming the file when it is missing, damaged or not a graph TensorFlow runs
     */
    static TfjsModel load(ShippedModel model, Path dir, UnaryOperator<GraphDef> inputStage) {
        byte[][] files = model.read(dir);
        GraphDef def;
        try {
            def = inputStage.apply(TfjsGraphDef.read(files[0], files[1]));
        } catch (IOException | RuntimeException e) {
            throw new IngestException(model.fileName() + ".json: not a usable TensorFlow.js graph model ("
                    + e.getMessage() + "; use --detector hog to run without it)", e);
        }
        Graph graph = new Graph();
        try {
            graph.importGraphDef(def);
            return new TfjsModel(model, graph, new Session(graph));
        } catch (RuntimeException e) {
            graph.close();
            throw new IngestException(model.fileName() + ": TensorFlow cannot import the graph ("
                    + DnnDetector.firstLine(e.getMessage()) + "; use --detector hog to run without it)", e);
        }
    }

    /** Runs the graph on one RGB frame (plus any extra int32 feeds) and returns {@code fetch} as floats. */
    float[] run(byte[] rgb, int width, int height, Map<String, int[][]> intFeeds, String fetch) {
        List<Tensor> inputs = new ArrayList<>();
        try {
            TUint8 frame = TUint8.tensorOf(Shape.of(1, height, width, 3), DataBuffers.of(rgb, true, false));
            inputs.add(frame);
            Session.Runner runner = session.runner().feed(FRAME, frame);
            for (Map.Entry<String, int[][]> f : intFeeds.entrySet()) {
                int[][] v = f.getValue();
                int[] flat = java.util.Arrays.stream(v).flatMapToInt(java.util.Arrays::stream).toArray();
                TInt32 t = TInt32.tensorOf(Shape.of(v.length, v[0].length), DataBuffers.of(flat, true, false));
                inputs.add(t);
                runner.feed(f.getKey(), t);
            }
            try (var result = runner.fetch(fetch).run()) {
                TFloat32 out = (TFloat32) result.get(0);
                float[] values = new float[(int) out.size()];
                out.copyTo(DataBuffers.of(values, false, false));
                return values;
            }
        } catch (RuntimeException e) {
            throw new IngestException(model.fileName() + ": inference failed: "
                    + DnnDetector.firstLine(e.getMessage()), e);
        } finally {
            inputs.forEach(Tensor::close);
        }
    }

    /** A flat output split into rows of {@code width} values (the detectors' {@code [N][width]} outputs). */
    static float[][] rows(float[] out, int width) {
        float[][] rows = new float[out.length / width][width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(out, i * width, rows[i], 0, width);
        }
        return rows;
    }

    // --- input-stage nodes -------------------------------------------------------------------------

    /** The model's placeholder {@code input} replaced by an Identity of {@code source} (added before it). */
    static GraphDef replaceInput(GraphDef def, String input, List<NodeDef> stage, String source) {
        GraphDef.Builder b = def.toBuilder().clearNode().addAllNode(stage);
        boolean found = false;
        for (NodeDef n : def.getNodeList()) {
            if (n.getName().equals(input) && n.getOp().equals("Placeholder")) {
                b.addNode(NodeDef.newBuilder().setName(input).setOp("Identity").addInput(source)
                        .putAttr("T", n.getAttrOrThrow("dtype")));
                found = true;
            } else {
                b.addNode(n);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no placeholder " + input);
        }
        return b.build();
    }

    static NodeDef framePlaceholder() {
        return NodeDef.newBuilder().setName(FRAME).setOp("Placeholder").putAttr("dtype", type(DataType.DT_UINT8))
                .putAttr("shape", AttrValue.newBuilder().setShape(TensorShapeProto.newBuilder()
                        .addDim(dim(1)).addDim(dim(-1)).addDim(dim(-1)).addDim(dim(3))).build()).build();
    }

    static NodeDef int32Placeholder(String name) {
        return NodeDef.newBuilder().setName(name).setOp("Placeholder").putAttr("dtype", type(DataType.DT_INT32)).build();
    }

    static NodeDef cast(String name, String input, DataType from, DataType to) {
        return NodeDef.newBuilder().setName(name).setOp("Cast").addInput(input)
                .putAttr("SrcT", type(from)).putAttr("DstT", type(to)).build();
    }

    /** TensorFlow.js's {@code tf.image.resizeBilinear(x, [size, size])} defaults: no corner alignment, no half-pixel centres. */
    static List<NodeDef> resizeBilinear(String name, String input, int size) {
        NodeDef sizeConst = NodeDef.newBuilder().setName(name + "/size").setOp("Const").putAttr("dtype", type(DataType.DT_INT32))
                .putAttr("value", AttrValue.newBuilder().setTensor(TensorProto.newBuilder().setDtype(DataType.DT_INT32)
                        .setTensorShape(TensorShapeProto.newBuilder().addDim(dim(2))).addIntVal(size).addIntVal(size)).build())
                .build();
        NodeDef resize = NodeDef.newBuilder().setName(name).setOp("ResizeBilinear").addInput(input).addInput(sizeConst.getName())
                .putAttr("T", type(DataType.DT_FLOAT))
                .putAttr("align_corners", AttrValue.newBuilder().setB(false).build())
                .putAttr("half_pixel_centers", AttrValue.newBuilder().setB(false).build()).build();
        return List.of(sizeConst, resize);
    }

    static NodeDef pad(String name, String input, String paddings) {
        return NodeDef.newBuilder().setName(name).setOp("Pad").addInput(input).addInput(paddings)
                .putAttr("T", type(DataType.DT_FLOAT)).putAttr("Tpaddings", type(DataType.DT_INT32)).build();
    }

    private static AttrValue type(DataType t) {
        return AttrValue.newBuilder().setType(t).build();
    }

    private static TensorShapeProto.Dim dim(long size) {
        return TensorShapeProto.Dim.newBuilder().setSize(size).build();
    }
}
