"""The method's built-in content, in English and French: guidance, signals, biases, lessons."""
