"""Writing a generated Swift file only when its text changes, for the Scripts/embed-*.py generators."""
import os


def write_if_changed(target, text, root, summary):
    """Writes `text` to `target` unless it already holds it; prints what happened, with `summary`."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
    if old != text:
        open(target, "w", encoding="utf-8").write(text)
        print(f"wrote {os.path.relpath(target, root)} ({summary})")
    else:
        print(f"{os.path.relpath(target, root)} is up to date ({summary})")
