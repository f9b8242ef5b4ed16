package org.d365policy.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Tasks worked out side by side on threads of their own, their results in the tasks' order, and what a
 * task throws thrown where its result is taken: the parts of a check, the two sides of a comparison, and
 * what a comparison works out while its parts judge.
 */
public final class InParallel {
    private InParallel() {
    }

    /** Two tasks at once: what {@code first} gives, then what {@code second} gives. */
    public static <T> List<T> both(Supplier<T> first, Supplier<T> second) {
        return run(List.of(first, second), 2, "d365-policy-side");
    }

    /** @see #run(List, int, String) */
    static <T> List<T> run(List<Supplier<T>> tasks, int parallel) {
        return run(tasks, parallel, "d365-policy-part");
    }

    /** The tasks' results in the order of the tasks, worked out on up to {@code parallel} threads. */
    static <T> List<T> run(List<Supplier<T>> tasks, int parallel, String name) {
        int threads = Math.min(tasks.size(), parallel);
        if (threads <= 1) return inTurn(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> task : tasks) futures.add(pool.submit(task::get));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) results.add(result(future));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work started now on a thread of its own; the supplier returned waits for its result, or throws what it threw. */
    public static <T> Supplier<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return () -> result(task);
    }

    /** Arrays from which {@link #sort} shares the work out. */
    static final int SORTED_ON_TWO_THREADS = 50_000;

    /**
     * Sorts stably, a large array on two threads: each half on one, then merged. Arrays.parallelSort sorts
     * on one thread wherever the common pool has one, as it has on two cores.
     */
    static <T> void sort(T[] a, Comparator<? super T> order) {
        if (a.length < SORTED_ON_TWO_THREADS) {
            Arrays.sort(a, order);
            return;
        }
        int middle = a.length / 2;
        Supplier<Void> left = start("d365-policy-sort", () -> {
            Arrays.sort(a, 0, middle, order);
            return null;
        });
        Arrays.sort(a, middle, a.length, order);
        left.get();
        T[] first = Arrays.copyOfRange(a, 0, middle);
        int i = 0;
        int j = middle;
        int k = 0;
        // Of two alike, the first half's goes first: the order they were in.
        while (i < first.length && j < a.length) a[k++] = order.compare(a[j], first[i]) < 0 ? a[j++] : first[i++];
        while (i < first.length) a[k++] = first[i++];
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while judging", e);
        }
    }

    /**
     * One task after another on this thread: where the heap holds one part only, and where running out
     * of it must reach the command's handler (exit 4) rather than a worker thread.
     */
    private static <T> List<T> inTurn(List<Supplier<T>> tasks) {
        List<T> results = new ArrayList<>();
        for (Supplier<T> task : tasks) results.add(task.get());
        return results;
    }
}
