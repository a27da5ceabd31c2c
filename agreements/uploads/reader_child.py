"""The child process that parses an uploaded workbook for ``reader.read_sheet``; never imported by the app.

It runs as ``python -I reader_child.py MEMORY_BYTES CPU_SECONDS PREFERRED_SHEETS_JSON`` with the file on stdin
and writes one pickled dict to stdout: ``{"sheets": [...], "sheet": name, "rows": [[...], ...]}``, or
``{"error": "<exception type>"}`` when python-calamine cannot read the file. Only the standard library and
python-calamine are imported: no Django, no database connection, nothing of the web worker's state. Its
limits are set before python-calamine is imported, so a reader bug (an allocation of 512 GiB, an endless
loop) ends this process, never the worker that started it.
"""

import io
import json
import pickle
import resource
import sys


def limit(memory: int, seconds: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # it writes no files (stdout is a pipe)


def pick(names: list[str], preferred: list[str]) -> str:
    for wanted in preferred:
        for name in names:
            if name.strip().lower() == wanted:
                return name
    return names[0]


def read(content: bytes, preferred: list[str]) -> dict:
    from python_calamine import CalamineWorkbook  # after limit(): its allocations count

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        names = list(book.sheet_names)
        if not names:
            return {"sheets": [], "sheet": "", "rows": []}
        sheet = pick(names, preferred)
        rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except MemoryError:
        raise
    except Exception as exc:  # python-calamine raises several kinds for damaged workbooks
        return {"error": type(exc).__name__}
    return {"sheets": names, "sheet": sheet, "rows": rows}


def main() -> None:
    memory, seconds, preferred = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
    limit(memory, seconds)
    result = read(sys.stdin.buffer.read(), [name.strip().lower() for name in preferred])
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
