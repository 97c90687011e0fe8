package org.lungang.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of one run. On Linux it is the process's peak resident set (VmHWM), reset before each run through
 * /proc/self/clear_refs, so that CP-SAT's native memory counts too; elsewhere it is the JVM heap's peak.
 */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final boolean resident;

    private PeakMemory(boolean resident) {
        this.resident = resident;
    }

    /** Starts measuring from now. */
    static PeakMemory start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(CLEAR_REFS, "5");
            return new PeakMemory(Files.isReadable(STATUS));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new PeakMemory(false);
        }
    }

    /** Peak memory in MB since {@link #start()}. */
    long peakMb() {
        if (resident) {
            try {
                for (String line : Files.readAllLines(STATUS)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // Fall back to the heap.
            }
        }
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
