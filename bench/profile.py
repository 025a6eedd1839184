"""Where a real build spends its time (not a test): cProfile of `mkdocs build`, summed by component.

    .venv/bin/python bench/profile.py                   # the project's build of data/
    .venv/bin/python bench/profile.py --data DIR        # another data folder (e.g. a scaled copy)
    .venv/bin/python bench/profile.py --save out.prof   # keep the raw profile for pstats/snakeviz
    .venv/bin/python bench/profile.py --engine mkdocs   # profile MkDocs 1.6.1 instead of ProperDocs
    .venv/bin/python bench/profile.py --root DIR        # another checkout (e.g. an older commit) with this venv

Times are CPU seconds of the build process (time.process_time), so other jobs on a shared
machine disturb them less than wall-clock times; the profiler itself slows the build about 2×.

Components are cumulative times of the entry points below; "other" is the rest of the process
(imports, reading mkdocs.yml, the nav, copying theme assets, writing files).
"""
from __future__ import annotations

import argparse
import os
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (component, file suffix, function names or None for every on_* event in that file)
ENTRY_POINTS = [
    ("loading", "kb/load.py", {"load"}),
    ("generation", "scripts/mkdocs_hook.py", {"on_config", "on_files"}),
    ("Markdown", "/structure/pages.py", {"render"}),
    ("search plugin", "material/plugins/search/plugin.py", None),
    ("tags plugin", "material/plugins/tags/plugin.py", None),
]
TEMPLATE_RENDER = ("jinja2/environment.py", "render")
TEMPLATE_CALLERS = "/commands/build.py"  # mkdocs/ or properdocs/


def _matches(key, suffix: str, names) -> bool:
    filename, _, function = key
    if not filename.replace(os.sep, "/").endswith(suffix):
        return False
    return function.startswith("on_") if names is None else function in names


def components(stats: pstats.Stats) -> dict[str, float]:
    table = stats.stats  # {(file, line, function): (cc, nc, tottime, cumtime, callers)}
    total = sum(entry[2] for entry in table.values())
    shares = {name: 0.0 for name, _, _ in ENTRY_POINTS}
    for name, suffix, names in ENTRY_POINTS:
        shares[name] += sum(entry[3] for key, entry in table.items() if _matches(key, suffix, names))
    # Loading runs inside the hook's on_config: count it once, as loading.
    shares["generation"] -= shares["loading"]
    # Theme templates: jinja2 renders called by MkDocs itself (the generator's own renders sit in generation).
    shares["templates"] = sum(
        caller_ct for key, entry in table.items() if _matches(key, *TEMPLATE_RENDER[:1], {TEMPLATE_RENDER[1]})
        for caller, (_, _, _, caller_ct) in entry[4].items() if caller[0].replace(os.sep, "/").endswith(TEMPLATE_CALLERS))
    shares["other"] = total - sum(shares.values())
    shares["total"] = total
    return shares


RUNNER = """
import cProfile, runpy, sys, time
out, engine, *argv = sys.argv[1:]
sys.argv = [engine] + argv
profile = cProfile.Profile(time.process_time)
profile.enable()
try:
    runpy.run_module(engine, run_name="__main__")
except SystemExit as stop:
    if stop.code:
        raise
profile.disable()
profile.dump_stats(out)
"""


def profile_build(root: Path, engine: str, data: Path | None, save: Path | None) -> pstats.Stats:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    if data:
        env["KB_DATA"] = str(data.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        out = save or Path(tmp) / "build.prof"
        command = [sys.executable, "-c", RUNNER, str(out), engine, "build", "--quiet", "-f", str(root / "mkdocs.yml"),
                   "-d", str(Path(tmp) / "site")]
        subprocess.run(command, cwd=root, env=env, check=True)
        return pstats.Stats(str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="data folder (default data/)")
    parser.add_argument("--save", type=Path, help="also keep the raw cProfile output here")
    parser.add_argument("--engine", choices=("properdocs", "mkdocs"), default="properdocs")
    parser.add_argument("--root", type=Path, default=ROOT, help="project checkout to build (default this one)")
    args = parser.parse_args()
    shares = components(profile_build(args.root.resolve(), args.engine, args.data, args.save))
    total = shares.pop("total")
    print(f"{'component':<14} {'s':>7} {'share':>6}")
    for name, seconds in shares.items():
        print(f"{name:<14} {seconds:>7.2f} {seconds / total:>6.0%}")
    print(f"{'total':<14} {total:>7.2f} {1:>6.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
