"""Stand-in for the `pydash` package, which Debian does not package (and PyPI is out of reach here).

Registry Hub's tests run Debian's azure-ai-ml 1.4.0 (python3-azure) unchanged against the emulator; that
client imports pydash and calls exactly three of its functions: ``pydash.get`` (entities/_validation.py,
entities/_builders/sweep.py, entities/_job/pipeline/_component_translatable.py), ``pydash.omit``
(_utils/utils.py: hash_dict) and ``pydash.objects.set_`` (_schema/core/schema.py: params_override).
This folder implements those three with pydash's documented semantics (paths as "a.b[0].c" strings or
lists of keys; dicts, lists and object attributes) and nothing else. It is put on PYTHONPATH by
lib/emulator/python-sdk/run-python.ts for the tests only; it is never shipped.
"""

from . import objects
from .objects import get, omit, set_

__all__ = ["get", "omit", "set_", "objects"]
