"""The features' step library is the `authoring.steps` plugin (shared with `hazard test`); the terminal is neutral."""

import os

pytest_plugins = ["authoring.steps"]

# The CLI sizes its tables from COLUMNS. pytest-xdist's workers set COLUMNS=80 and a developer's shell may export it:
# outputs compared with snapshots must not depend on who runs the tests. Tests about COLUMNS set it themselves.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)
