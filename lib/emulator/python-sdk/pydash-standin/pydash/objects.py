"""pydash.objects: get, omit and set_ (the only functions azure-ai-ml 1.4.0 calls). See __init__.py."""

import copy
import re

_TOKEN = re.compile(r"\[(-?\d+)\]|([^.\[\]]+)")
_MISSING = object()


def _keys(path):
    """"a.b[0].c" -> ["a", "b", 0, "c"]; a list or tuple of keys is used as it is; other keys as one key."""
    if isinstance(path, (list, tuple)):
        return list(path)
    if isinstance(path, str):
        return [int(index) if index else name for index, name in _TOKEN.findall(path)]
    return [path]


def _child(obj, key):
    if isinstance(obj, dict):
        if key in obj:
            return obj[key]
        # pydash also finds a dict key written as a string when the path said an index, and vice versa.
        alt = str(key) if isinstance(key, int) else (int(key) if isinstance(key, str) and key.lstrip("-").isdigit() else _MISSING)
        return obj.get(alt, _MISSING) if alt is not _MISSING else _MISSING
    if isinstance(obj, (list, tuple)):
        try:
            return obj[int(key)]
        except (ValueError, TypeError, IndexError):
            return _MISSING
    if isinstance(key, str):
        return getattr(obj, key, _MISSING)
    return _MISSING


def get(obj, path, default=None):
    """The value at `path` in `obj`, or `default` when any step of the path is missing."""
    if path is None:
        return default
    current = obj
    for key in _keys(path):
        if current is None:
            return default
        current = _child(current, key)
        if current is _MISSING:
            return default
    return current


def set_(obj, path, value):
    """Sets `value` at `path` in `obj` (mutating it), creating a dict (or a list, before an index) for each
    missing step; returns `obj`."""
    keys = _keys(path)
    if not keys:
        return obj
    current = obj
    for key, next_key in zip(keys, keys[1:] + [None]):
        last = next_key is None
        if isinstance(current, list):
            index = int(key)
            while len(current) <= index:
                current.append(None)
            if last:
                current[index] = value
            elif current[index] is None:
                current[index] = [] if isinstance(next_key, int) else {}
            current = current[index]
        elif isinstance(current, dict):
            if last:
                current[key] = value
            elif current.get(key) is None:
                current[key] = [] if isinstance(next_key, int) else {}
            current = current[key]
        else:
            if last:
                setattr(current, key, value)
            elif getattr(current, key, None) is None:
                setattr(current, key, [] if isinstance(next_key, int) else {})
            current = getattr(current, key)
    return obj


def omit(obj, *paths):
    """A copy of `obj` without the given paths (each a key, a dotted path, or a list of them)."""
    flat = []
    for p in paths:
        flat.extend(p if isinstance(p, (list, tuple)) else [p])
    result = copy.deepcopy(obj) if isinstance(obj, dict) else {i: v for i, v in enumerate(obj)} if isinstance(obj, (list, tuple)) else dict(vars(obj))
    for p in flat:
        keys = _keys(p)
        parent = get(result, keys[:-1]) if len(keys) > 1 else result
        if isinstance(parent, dict):
            parent.pop(keys[-1], None)
        elif isinstance(parent, list):
            try:
                del parent[int(keys[-1])]
            except (ValueError, IndexError):
                pass
    return result
