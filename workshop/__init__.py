"""The post-mortem method as code: models, built-in content and exports.

Pure by design: nothing here imports Textual or TinyDB, or touches files.
"""
