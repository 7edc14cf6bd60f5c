"""Durations in logarithmic buckets: percentiles from counts, within 5 % of the exact value.

Bucket 0 holds durations under a minute; bucket b ≥ 1 holds [60 s · 1.1^(b−1), 60 s · 1.1^b).
Counts of buckets add up across days, services and channels, so a median over a year is a
sum of a few hundred numbers instead of a sort of every case.
"""

import math

FIRST = 60.0
GROWTH = 1.1
LAST = 400  # 60 s · 1.1^399 is far beyond any case


def bucket_of(seconds: float) -> int:
    if seconds < FIRST:
        return 0
    return min(int(math.log(seconds / FIRST, GROWTH)) + 1, LAST)


def bucket_bounds(bucket: int) -> tuple[float, float]:
    if bucket == 0:
        return 0.0, FIRST
    return FIRST * GROWTH ** (bucket - 1), FIRST * GROWTH**bucket


def percentile(counts: dict[int, int], share: float) -> float | None:
    """The duration (seconds) below which `share` of the counted items fall, interpolated
    inside its bucket; None when nothing was counted."""
    total = sum(counts.values())
    if not total:
        return None
    wanted = share * total
    seen = 0
    for bucket in sorted(counts):
        count = counts[bucket]
        if seen + count >= wanted:
            low, high = bucket_bounds(bucket)
            return low + (high - low) * (wanted - seen) / count
        seen += count
    return bucket_bounds(max(counts))[1]
