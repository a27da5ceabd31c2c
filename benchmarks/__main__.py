import argparse
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path


def discover() -> list[str]:
    folder = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("scenario_"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Woondeal Monitor benchmarks")
    parser.add_argument("--json", help="write the results as a JSON list to this file")
    parser.add_argument("--only", action="append", help="run only scenario modules whose name contains this")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondeal.settings")
    from django.core.management import call_command

    from benchmarks.harness import setup_django

    setup_django()
    results = []
    for name in discover():
        if args.only and not any(part in name for part in args.only):
            continue
        call_command("flush", interactive=False, verbosity=0)  # every scenario starts from an empty database
        module = importlib.import_module(f"benchmarks.{name}")
        for result in module.run():
            result["ratio"] = round(result["value"] / result["baseline"], 2) if result["baseline"] else None
            results.append(result)
            print(
                f"{result['name']:<48} {result['value']:>10.3f} {result['unit']:<4} "
                f"baseline {result['baseline']:>10.3f}  ratio {str(result['ratio']):>6}  peak {result['peak_mb']:>7.1f} MB",
                flush=True,
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
