# Example of seeds/001_7e4ff41e4f75ebf5.txt (array instead of list), adapted: the article prints
# sys.getsizeof of the array; byte sizes differ between interpreters, so the case prints how
# the array compares with the equivalent list (its items are stored unboxed).
import sys
import array
# Create an array of integers
int_array = array.array('i', [1, 2, 3, 4])
print(int_array)
my_list = [1, 2, 3, 4]
print(sys.getsizeof(int_array) < sys.getsizeof(my_list) + 4 * sys.getsizeof(1))
big_array = array.array('i', range(100000))
big_list = list(range(100000))
per_item_list = sys.getsizeof(big_list) + sum(sys.getsizeof(x) for x in big_list)
print(sys.getsizeof(big_array) < sys.getsizeof(big_list), sys.getsizeof(big_array) * 4 < per_item_list)
print(sys.getsizeof(big_array) >= 100000 * big_array.itemsize)
