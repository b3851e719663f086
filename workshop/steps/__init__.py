"""The rules of each step of the method, one module per step."""
