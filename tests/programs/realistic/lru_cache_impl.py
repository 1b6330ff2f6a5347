# An LRU cache with a doubly linked list and a dict; hit/miss statistics.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        n = self.map.get(key)
        if n:
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print("evict", lru.key)
            n = Node(key, value)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), "b" in c, len(c), c.get("b", "miss"))
c.put("c", "C2")
c.put("e", "E")
print(c.keys(), c.get("c"), c.hits, c.misses)
def fib_cached(n, cache=LRU(50)):
    v = cache.get(n)
    if v is None:
        v = n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
        cache.put(n, v)
    return v
print(fib_cached(40))
