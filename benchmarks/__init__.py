"""Performance scenarios (not tests). ``python -m benchmarks [--json FILE] [--only NAME]``.

Each scenario module ``benchmarks/scenario_*.py`` exposes ``run() -> list[dict]``; every dict has ``name``,
``value``, ``unit``, ``baseline`` (a reference measured in the same run, in the same unit) and ``peak_mb``.
The runner adds ``ratio = value / baseline``. Ratios, not absolute timings, are what we compare: this machine
is shared and noisy.
"""
