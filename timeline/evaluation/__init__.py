"""The tools that measure [`timeline`][timeline]: scorers for gold corpora and test suites.

The library's core never imports this package (tests/test_api.py checks it).
"""
