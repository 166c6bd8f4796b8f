package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A set of days held as bits, one per day, filled in blocks of 1,024 days the first time a block is touched. Asking
 * whether a day is in the set is then a shift and a mask: this is what makes counting working days fast. Thread-safe.
 */
public final class DayMask {

    private static final int BLOCK_SHIFT = 10;
    private static final int BLOCK_DAYS = 1 << BLOCK_SHIFT;

    private final long firstDay;
    private final long endDay;
    private final Predicate<LocalDate> member;
    private final AtomicReferenceArray<long[]> blocks;

    /**
     * A mask over {@code [first, endExclusive)}.
     *
     * @param first        first day covered
     * @param endExclusive day after the last day covered
     * @param member       decides, once per day, whether the day is in the set; must be pure
     */
    public DayMask(LocalDate first, LocalDate endExclusive, Predicate<LocalDate> member) {
        this.firstDay = first.toEpochDay();
        this.endDay = endExclusive.toEpochDay();
        this.member = Objects.requireNonNull(member, "member");
        this.blocks = new AtomicReferenceArray<>((int) ((endDay - firstDay + BLOCK_DAYS - 1) >>> BLOCK_SHIFT));
    }

    /**
     * Whether the day is in the set.
     *
     * @param epochDay the day, as {@link LocalDate#toEpochDay()}
     * @return true if it is
     * @throws IllegalArgumentException if the day is outside the range covered
     */
    public boolean contains(long epochDay) {
        if (epochDay < firstDay || epochDay >= endDay) {
            throw new IllegalArgumentException("Days are counted from " + LocalDate.ofEpochDay(firstDay) + " to "
                    + LocalDate.ofEpochDay(endDay - 1) + " only, not " + LocalDate.ofEpochDay(epochDay));
        }
        int offset = (int) (epochDay - firstDay);
        int block = offset >>> BLOCK_SHIFT;
        long[] bits = blocks.get(block);
        if (bits == null) {
            blocks.compareAndSet(block, null, fill(block));
            bits = blocks.get(block);
        }
        int bit = offset & (BLOCK_DAYS - 1);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private long[] fill(int block) {
        long[] bits = new long[BLOCK_DAYS / 64];
        long start = firstDay + ((long) block << BLOCK_SHIFT);
        long end = Math.min(start + BLOCK_DAYS, endDay);
        for (long day = start; day < end; day++) {
            if (member.test(LocalDate.ofEpochDay(day))) {
                int bit = (int) (day - start);
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return bits;
    }
}
