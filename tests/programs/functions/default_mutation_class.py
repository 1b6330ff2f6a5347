# Functions stored in containers, called through dispatch tables.
def handle_add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)
def handle_mul(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)
def handle_dup(stack):
    stack.append(stack[-1])
def handle_swap(stack):
    stack[-1], stack[-2] = stack[-2], stack[-1]
def handle_sub(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a - b)
table = {"+": handle_add, "*": handle_mul, "dup": handle_dup, "swap": handle_swap, "-": handle_sub}
def rpn(src):
    stack = []
    for tok in src.split():
        if tok in table:
            table[tok](stack)
        else:
            stack.append(int(tok))
    return stack
print(rpn("2 3 + 4 *"))
print(rpn("5 dup *"))
print(rpn("1 2 swap -"))
print(rpn("10 2 3 * - 4 +"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError:", e)
