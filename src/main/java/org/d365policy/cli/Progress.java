package org.d365policy.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long run is doing, on standard error (cli.md revision 2): shown only on a terminal, and only
 * once the run has taken longer than {@link Terminal#progressAfter()}, so that quick runs print
 * nothing. Drawn by the progressbar library.
 */
final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress(null, 0, "");

    private final Terminal terminal;
    private final long steps;
    private final String task;
    private final ScheduledExecutorService timer;
    private long done;
    private String doing = "";
    private ProgressBar bar;
    private boolean closed;

    private Progress(Terminal terminal, long steps, String task) {
        this.terminal = terminal;
        this.steps = steps;
        this.task = task;
        if (terminal == null) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "d365-policy-progress");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(this::show, terminal.progressAfter().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Progress of {@code steps} steps; nothing at all unless standard error is a terminal, nor with --quiet. */
    static Progress of(Terminal terminal, long steps, String task, boolean quiet) {
        return terminal.interactive() && !quiet ? new Progress(terminal, steps, task) : NONE;
    }

    /** Now doing this (the step it belongs to is not done yet). */
    synchronized void doing(String what) {
        doing = what;
        if (bar != null) bar.setExtraMessage(what);
    }

    /** A step is done. */
    synchronized void stepDone() {
        done++;
        if (bar != null) bar.stepTo(done);
    }

    private synchronized void show() {
        if (closed) return;
        int width = terminal.width() > 0 ? terminal.width() : 80;
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(new ToWriter(terminal.err()), true, StandardCharsets.UTF_8), width))
                .setUpdateIntervalMillis(250).startsFrom(done, Duration.ZERO).build();
        bar.setExtraMessage(doing);
    }

    @Override
    public synchronized void close() {
        if (timer == null || closed) return;
        closed = true;
        timer.shutdownNow();
        if (bar != null) bar.close();
    }

    /** The bar writes bytes; the run's standard error is a writer. */
    private static final class ToWriter extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        ToWriter(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void flush() {
            writer.print(pending.toString(StandardCharsets.UTF_8));
            writer.flush();
            pending.reset();
        }
    }
}
