# Lists as stacks; collections.deque as queue; bracket matching.
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
from collections import deque
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.popleft(), q.pop(), q)
q.rotate(1)
print(q, list(q), q[0], q[-1], len(q))
q.extend([7, 8, 9])
print(q, q.maxlen)
q.extendleft("ab")
print(q, q.count(7))
