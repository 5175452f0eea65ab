"""The commands' reference as Markdown, generated from the registry (docs/journal.md holds it)."""

from __future__ import annotations

from facilitateur.models.commands.core import REGISTRY, ParamType

TYPES: dict[ParamType, str] = {
    ParamType.STR: "text",
    ParamType.TEXT: "long text",
    ParamType.INT: "whole number",
    ParamType.BOOL: "true / false",
    ParamType.TIME: "`HH:MM`",
    ParamType.DATE: "`YYYY-MM-DD`",
    ParamType.REF: "reference",
    ParamType.UUID: "id",
    ParamType.CHOICE: "one of",
    ParamType.OBJECT: "JSON object",
    ParamType.LIST: "JSON list",
}


def command_tables() -> str:
    """One section per command: what it does and a table of its arguments."""
    out = []
    for name in sorted(REGISTRY):
        spec = REGISTRY[name]
        out.append(f"### `{name}`\n\n{spec.doc}\n")
        out.append("| argument | type | required | meaning |\n|---|---|---|---|")
        for p in spec.params:
            kind = TYPES[p.type]
            if p.choices:
                kind += " " + ", ".join(f"`{c}`" for c in p.choices)
            out.append(f"| `{p.name}` | {kind} | {'yes' if p.required else ''} | {p.doc} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(command_tables())
