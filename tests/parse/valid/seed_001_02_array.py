# Example 2 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, extracted by scripts/gen_parse_cases.py.
import array
# Create an array of integers
int_array = array.array('i', [1, 2, 3, 4])
print(sys.getsizeof(int_array))
