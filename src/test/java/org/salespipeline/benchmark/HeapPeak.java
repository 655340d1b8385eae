package org.salespipeline.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The most heap a phase ever used: the heap pools' peaks, reset when the phase starts. */
final class HeapPeak {

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of every heap pool's peak since the last reset, in MiB (an upper bound: pools peak at different times). */
    static double peakMebibytes() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    static double maxHeapMebibytes() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
