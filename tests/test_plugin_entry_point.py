"""Installing the package registers the emulator's pytest plugin through ``pytest11``."""

from __future__ import annotations

import importlib.metadata


def test_entry_point_is_declared_and_loaded(request):
    points = [
        e for e in importlib.metadata.entry_points(group="pytest11") if e.name == "genauth_async"
    ]
    assert [e.value for e in points] == ["genauth_async.testing.plugin"]
    # this very session loaded it from the entry point (tests/ does not import it by hand)
    assert request.config.pluginmanager.has_plugin("genauth_async")
    plugin = request.config.pluginmanager.get_plugin("genauth_async")
    assert plugin.__name__ == "genauth_async.testing.plugin"
