# Example of seeds/001_7e4ff41e4f75ebf5.txt (collections.deque), adapted: the article runs the
# statements together on one line; here one per line, and the deque is printed.
from collections import deque
my_deque = deque()
my_deque.append(1)
my_deque.append(2)
my_deque.appendleft(0) # Fast insert at the beginning
print(my_deque, my_deque.popleft(), my_deque.pop(), my_deque)
