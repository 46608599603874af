"""Tools for rule authors: the feature step library, feature lint, fmt, the test runner and snapshots."""
