package io.cotasks.ingest.video;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.util.function.Supplier;

/**
 * Silences the process's standard error (file descriptor 2) while TensorFlow loads and first runs a model.
 * TensorFlow's native code writes start-up notes there through absl logging, which ignores
 * {@code TF_CPP_MIN_LOG_LEVEL} before absl is initialised ("All log messages before absl::InitializeLog()
 * ...", "MLIR V1 optimization pass is not enabled"); a user of the command line should not see them.
 * Without a C library (not Linux or macOS) the work runs unmuted.
 */
final class NativeStderr {

    private static final int STDERR = 2;
    private static final int O_WRONLY = 1;

    /** The libc calls used. */
    interface LibC extends Library {
        int dup(int fd);

        int dup2(int from, int to);

        int open(String path, int flags);

        int close(int fd);
    }

    private NativeStderr() {
    }

    /** {@code work}'s result, with everything written to descriptor 2 meanwhile discarded. */
    static synchronized <T> T muted(Supplier<T> work) {
        LibC libc;
        int saved;
        int sink;
        try {
            libc = Native.load("c", LibC.class);
            System.err.flush();
            saved = libc.dup(STDERR);
            sink = libc.open("/dev/null", O_WRONLY);
            if (saved < 0 || sink < 0 || libc.dup2(sink, STDERR) < 0) {
                return work.get();
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return work.get();
        }
        try {
            return work.get();
        } finally {
            libc.dup2(saved, STDERR);
            libc.close(saved);
            libc.close(sink);
        }
    }
}
