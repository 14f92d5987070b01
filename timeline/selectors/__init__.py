"""Reads that views share, one module per page family."""
