"""The features' step library is the `authoring.steps` plugin (shared with `hazard test`)."""

pytest_plugins = ["authoring.steps"]
