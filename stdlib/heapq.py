# SPDX-License-Identifier: MIT
# xenlet's heapq: a binary min-heap on a plain list (heap[k] <= heap[2k+1]
# and heap[2k+2]), with CPython's functions and results.  nlargest and
# nsmallest return exactly what sorted(...)[:n] would, as CPython documents.

__all__ = [
    "heapify",
    "heappop",
    "heappush",
    "heappushpop",
    "heapreplace",
    "merge",
    "nlargest",
    "nsmallest",
]


def _sift_up(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Knuth's variant, the one CPython uses (so heap layouts match): walk
    # the hole at `pos` down to a leaf along the smaller children, then put
    # the item there and sift it back up no higher than `pos`.  It does
    # fewer comparisons than stopping early.
    n = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, i)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; equal items come out
    in the order of their input (stable)."""
    return _merge([iter(it) for it in iterables], key, reverse)


def _merge(iterators, key, reverse):
    # Heap entries are [sortkey, order, value, iterator]; `order` breaks
    # ties by input position, and is negated for reverse so the heap (a
    # max-heap emulated by _Rev) still prefers the earlier input.
    heap = []
    for order in range(len(iterators)):
        it = iterators[order]
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Rev(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _Rev:
    # Inverts the order of a key, for merge(reverse=True).
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k
