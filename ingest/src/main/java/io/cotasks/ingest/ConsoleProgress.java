package io.cotasks.ingest;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;

/**
 * Progress bars on standard error that leave standard output alone. Every progress bar of the project is
 * built here.
 *
 * <p>Why: by default the progress-bar library opens a JLine system terminal and closes it when the last bar
 * finishes. Closing a system terminal closes its {@code FileOutputStream(FileDescriptor.out)}, and the JDK
 * closes descriptor 1 of the process by {@code dup2}-ing {@code /dev/null} onto it: everything printed after
 * the bar was lost on a terminal. Here the bar gets its own consumer, so the library never opens that
 * terminal; the width comes from one JLine terminal that is opened once and never closed.
 */
public final class ConsoleProgress {

    private static final int FALLBACK_WIDTH = 80;
    private static Terminal terminal;

    private ConsoleProgress() {
    }

    /** An ASCII bar on standard error for {@code max} steps of {@code unit} (e.g. {@code " videos"}, or null). */
    public static ProgressBarBuilder builder(String task, long max, String unit) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(consumer()).continuousUpdate();
        return unit == null ? builder : builder.setUnit(unit, 1);
    }

    private static ProgressBarConsumer consumer() {
        Terminal t = terminal();
        int width = t == null || t.getWidth() <= 0 ? FALLBACK_WIDTH : t.getWidth();
        boolean cursor = t != null && t.getStringCapability(org.jline.utils.InfoCmp.Capability.cursor_up) != null;
        // one column short of the width: a line as wide as the terminal wraps on some terminals
        return cursor ? new InteractiveConsoleProgressBarConsumer(System.err, width - 1)
                : new ConsoleProgressBarConsumer(System.err, width - 1);
    }

    /** The terminal the bars are drawn on, or null; deliberately never closed (see the class comment). */
    private static synchronized Terminal terminal() {
        if (terminal == null) {
            try {
                terminal = TerminalBuilder.builder().system(true).dumb(true)
                        .systemOutput(TerminalBuilder.SystemOutput.SysErr).build();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return terminal;
    }
}
