"""Declines' own date formats (`FORMAT_MODULE_PATH`): one way to write a date."""
