"""``genauth-async``: any endpoint method once or in bulk, and bulk user jobs.

    genauth-async mfa set --input users.csv --mfa-json '{"mfaToken": "...", ...}'
    genauth-async principal-auth reset --input users.txt --user-id-type email
    genauth-async users kick --input users.jsonl --app-ids app1,app2
    genauth-async demo

Input files are read twice, as streams: once to check every row (nothing is sent if a row is
bad), then to do the work. Exit codes: 0 every input succeeded, 1 some failed (or the run
stopped early), 2 bad usage or a bad input file, 130 interrupted.

The package: ``_cli`` (the dispatch table and ``main``), ``_options`` (the shared options and
the typed objects they are parsed into), one module per command family (``_users``,
``_call``, ``_bulk``, ``_demo``), and what they share: ``_inputs`` (input files), ``_job``
(checking and running a bulk job), ``_resume``, ``_output`` and ``_display``.
"""

from ._cli import main

__all__ = ["main"]
