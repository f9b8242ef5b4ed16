package org.d365policy.cli;

import org.d365policy.ExpectedFailure;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own, so that it overlaps with what the command does meanwhile (these
 * machines have two cores; evaluation uses one). What it throws is thrown by {@link #get()}, where the
 * command takes the result, so that problems are reported in the order the command has always reported
 * them. A daemon thread: a run that fails before it takes the result does not wait for it.
 */
final class Background<T> {
    /** Work that may fail as the user can act on, like the command's own steps. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final FutureTask<T> task;

    private Background(String name, Work<T> work) {
        task = new FutureTask<>((Callable<T>) work::run);
        Thread thread = new Thread(task, "d365-policy-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    static <T> Background<T> start(String name, Work<T> work) {
        return new Background<>(name, work);
    }

    /** The result, or what the work threw, as if the command had done it here. */
    T get() throws ExpectedFailure, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExpectedFailure f) throw f;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }
}
