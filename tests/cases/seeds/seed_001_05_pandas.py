# Example 5 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, verbatim (same as tests/parse/valid/seed_001_05_pandas.py).
import pandas as pd
df = pd.DataFrame({'A': range(10000), 'B': range(10000)})
print(df.memory_usage(deep=True)) # Check memory usage of the DataFrame
