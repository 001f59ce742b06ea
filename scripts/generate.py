"""Regenerate generated/_candescent_generated/<category>/ from specs/<category>.yaml.

Deterministic: openapi-python-client and ruff are pinned, ruff runs with --isolated, and every
file is written in sorted order. Usage:

    python scripts/generate.py               # regenerate every category
    python scripts/generate.py core-banking  # regenerate some categories
    python scripts/generate.py --check       # regenerate into a temp dir, diff against generated/

Two small, documented adjustments are made to the pinned generator (see specs/README.md):
- every JSON ``number`` becomes ``decimal.Decimal`` (money is never a float: models refuse floats);
- ``date``/``date-time`` fields are parsed leniently (the platform's non-ISO date strings).
The model template also reads facts the generator drops (helpers below): which fields are secrets
(kept out of ``repr()``) and which models serve XML operations (scalar fields read ``#text``).
Every warning the generator prints fails the run unless config/generator-allowlist.yaml explains it,
and an operation missing from the output fails the run.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
# Files the generator always writes that nothing of ours calls; removed from its output.
UNUSED_OUTPUTS = ("client.py", "errors.py")
CONFIG = ROOT / "config"
OUT_ROOT = ROOT / "generated" / "_candescent_generated"
GENERATOR_VERSION = "0.29.1"

sys.path.insert(0, str(ROOT / "scripts"))
from _registry_gen import render_operations_module  # noqa: E402
from import_spec import KNOWN_CREDENTIALS, is_marked_secret  # noqa: E402

# The spec being generated: the template helpers below read facts the generator's objects drop.
_SPEC: dict[str, Any] = {}


def _xml_models(openapi: Any) -> set[str]:
    """Class names of the models reachable from an XML operation's bodies and responses."""
    from openapi_python_client.parser.properties import ListProperty, ModelProperty, UnionProperty

    xml_operations = {
        (method, path)
        for path, item in _SPEC.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("x-candescent-wire-format") == "xml"
    }
    found: set[str] = set()
    # A model reached through a union (e.g. anyOf members) may be a reference whose fields are only
    # on the processed model of the same class: read them there.
    processed = {model.class_info.name: model for model in openapi.models}

    def walk(prop: Any) -> None:
        if isinstance(prop, ModelProperty) and prop.class_info.name not in found:
            found.add(prop.class_info.name)
            prop = processed.get(prop.class_info.name, prop)
            for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
                walk(child)
            walk(prop.additional_properties)
        elif isinstance(prop, ListProperty):
            walk(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                walk(inner)

    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if (endpoint.method.lower(), endpoint.path) in xml_operations:
                for response in endpoint.responses:
                    walk(response.prop)
                for body in endpoint.bodies:
                    walk(body.prop)
    return found


_XML_SCALAR_TEMPLATES = {
    "any_property.py.jinja",  # str (a real Any is never reached: see xml_text)
    "boolean_property.py.jinja",
    "date_property.py.jinja",
    "datetime_property.py.jinja",
    "enum_property.py.jinja",
    "float_property.py.jinja",
    "int_property.py.jinja",
}


def _is_secret(schema: Any) -> bool:
    """Does a property schema (raw dict or the generator's oai.Schema) mark a secret?"""
    if isinstance(schema, dict):
        return is_marked_secret(schema)
    raw = getattr(schema, "schema_format", None)
    return is_marked_secret(
        {
            "format": raw.get_untrusted_value() if raw is not None else None,
            "writeOnly": getattr(schema, "writeOnly", None),
            **(getattr(schema, "model_extra", None) or {}),
        }
    )


def _unmarked_credentials(category: str, node: Any, where: str = "") -> list[str]:
    """Properties named in KNOWN_CREDENTIALS (scripts/import_spec.py) that the spec does not mark secret."""
    problems: list[str] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items() if isinstance(node.get("properties"), dict) else ():
            if name in KNOWN_CREDENTIALS and isinstance(prop, dict) and "$ref" not in prop and not _is_secret(prop):
                problems.append(
                    f"{category}: {where}.{name} is a credential: mark it `x-candescent-secret: true` "
                    "(or `format: password` / `writeOnly: true`) so the models keep it out of repr()"
                )
        for key, value in node.items():
            problems += _unmarked_credentials(category, value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            problems += _unmarked_credentials(category, value, f"{where}[{i}]")
    return problems


def _template_helpers(openapi: Any) -> dict[str, Any]:
    """Jinja globals for the templates (model.py.jinja, endpoint_init.py.jinja)."""
    from openapi_python_client.schema import openapi_schema_pydantic as oai

    xml_models = _xml_models(openapi)
    components = _SPEC.get("components", {}).get("schemas", {})

    def secret(model: Any, prop: Any) -> bool:
        """Is this field a secret (format: password, writeOnly, x-candescent-secret), to keep out of repr()?"""
        data = model.data
        for schema in [data, *(s for s in data.allOf if isinstance(s, oai.Schema))]:
            for name, raw in (schema.properties or {}).items():
                if name == prop.name:
                    if isinstance(raw, oai.Reference):
                        return _is_secret(components.get(raw.ref.get_untrusted_value().rsplit("/", 1)[-1], {}))
                    return _is_secret(raw)
        return False

    def xml_text(model: Any, prop: Any) -> bool:
        """Does this field read an XML element's text (``#text`` when the element had attributes)?"""
        return (
            model.class_info.name in xml_models
            and prop.template in _XML_SCALAR_TEMPLATES
            and prop.get_base_type_string() != "Any"
        )

    def reads_xml_text(model: Any) -> bool:
        return any(xml_text(model, prop) for prop in [*model.required_properties, *model.optional_properties])

    from _registry_gen import python_name

    media: dict[str, dict[str, list[str]]] = {}
    for item in _SPEC.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and op.get("x-candescent-media-types"):
                media[python_name(str(op.get("operationId")))] = op["x-candescent-media-types"]

    def media_types(endpoint: Any) -> dict[str, list[str]] | None:
        """x-candescent-media-types of an endpoint (the MX proxies): the types the caller chooses among."""
        return media.get(str(endpoint.name))

    pages: dict[str, str] = {}  # page model (the 200 answer of a paging operation) -> its items field
    for item in _SPEC.get("paths", {}).values():
        for op in item.values():
            paging = op.get("x-candescent-pagination") if isinstance(op, dict) else None
            if paging:
                for media in ((op.get("responses") or {}).get("200") or {}).get("content", {}).values():
                    ref = str((media.get("schema") or {}).get("$ref", ""))
                    if ref.startswith("#/components/schemas/"):
                        pages[ref.rsplit("/", 1)[1]] = str(paging["items"])

    def page_items(model: Any) -> tuple[str, Any] | None:
        """(field, item type) of a page model: its ``_page()`` gives paginate the items, typed."""
        wire = pages.get(str(model.class_info.name))
        if wire is None:
            return None
        for prop in [*model.required_properties, *model.optional_properties]:
            if prop.name == wire:
                return str(prop.python_name), prop.inner_property.get_type_string(no_optional=True)
        return None

    def required(prop: Any) -> Any:
        """The same property as a required one: an optional field's value once it is known to be given."""
        from attrs import evolve

        return evolve(prop, required=True)

    def docstring_line(prop: Any) -> str:
        """The Attributes line of a model field, its type as the field declares it (``X | None``)."""
        if prop.required:
            return str(prop.to_docstring())
        given = required(prop)
        kind = str(given.get_type_string())
        return str(given.to_docstring()).replace(f"({kind})", f"({kind} | None)", 1)

    return {
        "candescent_docstring_line": docstring_line,
        "candescent_page_items": page_items,
        "candescent_required": required,
        "candescent_secret": secret,
        "candescent_xml_text": xml_text,
        "candescent_reads_xml_text": reads_xml_text,
        "candescent_media_types": media_types,
    }


def _patch_generator() -> None:
    """Make ``number`` a Decimal and date parsing lenient, in the pinned generator only."""
    import openapi_python_client
    from openapi_python_client.parser.properties.date import DateProperty
    from openapi_python_client.parser.properties.datetime import DateTimeProperty
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    if openapi_python_client.__version__ != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {GENERATOR_VERSION} is required, "
            f"found {openapi_python_client.__version__}: run `make install`"
        )

    FloatProperty._type_string = "Decimal"  # type: ignore[misc]
    FloatProperty._json_type_string = "Decimal"  # type: ignore[misc]
    base_float_imports = FloatProperty.get_imports
    base_convert = FloatProperty.convert_value.__func__  # type: ignore[attr-defined]

    def float_imports(self: Any, *, prefix: str) -> set[str]:
        imports: set[str] = base_float_imports(self, prefix=prefix)
        imports.add("from decimal import Decimal")
        imports.add(f"from {prefix}types import refuse_float, to_decimal")
        return imports

    def float_convert(cls: Any, value: Any) -> Any:
        converted = base_convert(cls, value)
        if isinstance(converted, Value):
            raw = converted.raw_value
            return Value(python_code=PythonCode(f'Decimal("{raw}")'), raw_value=raw)
        return converted

    FloatProperty.get_imports = float_imports  # type: ignore[method-assign]
    FloatProperty.convert_value = classmethod(float_convert)  # type: ignore[method-assign, assignment]

    _patch_descriptions()

    # The helpers each date template's expression calls (date: a remembered date first, then the parser).
    for prop_cls, helpers in ((DateProperty, ("known_date", "parse_date")), (DateTimeProperty, ("parse_datetime",))):
        base = prop_cls.get_imports

        def imports(self: Any, *, prefix: str, _base: Any = base, _helpers: tuple[str, ...] = helpers) -> set[str]:
            result: set[str] = _base(self, prefix=prefix)
            result.update(f"from {prefix}types import {helper}" for helper in _helpers)
            return result

        prop_cls.get_imports = imports  # type: ignore[method-assign]

    base_init = openapi_python_client.Project.__init__

    def project_init(self: Any, *args: Any, **kwargs: Any) -> None:
        base_init(self, *args, **kwargs)
        self.env.globals.update(_template_helpers(self.openapi))

    openapi_python_client.Project.__init__ = project_init  # type: ignore[method-assign]


def _patch_descriptions() -> None:
    """Our descriptions reach the docstrings: a parameter's own ``description`` (the generator only
    reads its schema's) and a ``$ref`` property's sibling ``description`` (or its single-``allOf``
    wrapper's), instead of the referenced schema's."""
    from attrs import evolve
    from openapi_python_client import schema as oai
    from openapi_python_client.parser import openapi as parser_openapi
    from openapi_python_client.parser import properties as parser_properties
    from openapi_python_client.parser.errors import ParseError
    from openapi_python_client.parser.properties import schemas as parser_schemas
    from openapi_python_client.parser.properties.schemas import parameter_from_reference

    def text(value: Any) -> str:
        return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)

    base_parameter = parser_schemas.parameter_from_data

    def parameter_from_data(*, name: Any, data: Any, parameters: Any, config: Any) -> Any:
        param, parameters = base_parameter(name=name, data=data, parameters=parameters, config=config)
        words = getattr(data, "description", None)
        if words and not isinstance(param, ParseError):  # a component parameter keeps its description
            param = param.model_copy(update={"description": words})
        return param, parameters

    parser_schemas.parameter_from_data = parameter_from_data  # type: ignore[assignment]

    base_from_ref = parser_properties._property_from_ref

    def from_ref(name: Any, required: bool, parent: Any, data: Any, schemas: Any, config: Any, roots: Any) -> Any:
        prop, schemas = base_from_ref(name, required, parent, data, schemas, config, roots)
        own = (parent.description if parent is not None else None) or (data.model_extra or {}).get("description")
        if own and not isinstance(prop, ParseError):
            prop = evolve(prop, description=text(own))
        return prop, schemas

    parser_properties._property_from_ref = from_ref  # type: ignore[assignment]

    base_add = parser_openapi.Endpoint.add_parameters

    def add_parameters(*, endpoint: Any, data: Any, schemas: Any, parameters: Any, config: Any) -> Any:
        result, schemas, parameters = base_add(
            endpoint=endpoint, data=data, schemas=schemas, parameters=parameters, config=config
        )
        if isinstance(result, ParseError) or not data.parameters:
            return result, schemas, parameters
        described: dict[tuple[str, str], str] = {}
        for raw in data.parameters:
            param = parameter_from_reference(param=raw, parameters=parameters)
            if not isinstance(param, ParseError) and param.description:
                described[(text(param.name), text(param.param_in.value))] = text(param.description)
        for location, props in (
            (oai.ParameterLocation.QUERY, result.query_parameters),
            (oai.ParameterLocation.PATH, result.path_parameters),
            (oai.ParameterLocation.HEADER, result.header_parameters),
            (oai.ParameterLocation.COOKIE, result.cookie_parameters),
        ):
            for index, prop in enumerate(props):
                words = described.get((text(prop.name), text(location.value)))
                if words:
                    props[index] = evolve(prop, description=words)
        return result, schemas, parameters

    parser_openapi.Endpoint.add_parameters = staticmethod(add_parameters)  # type: ignore[method-assign]


def _load_allowlist() -> list[dict[str, str]]:
    path = CONFIG / "generator-allowlist.yaml"
    data = yaml.safe_load(path.read_text()) if path.exists() else None
    return list((data or {}).get("allow", []))


def _generate_one(category: str, spec_path: Path, out_dir: Path) -> list[str]:
    """Generate one category into out_dir; return the problems found (empty when clean)."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    package = category.replace("-", "_")
    ruff = str(Path(sys.executable).parent / "ruff")
    config_file = ConfigFile.load_from_path(CONFIG / "generator.yaml")
    config_file.package_name_override = package
    config_file.project_name_override = package
    config_file.post_hooks = [
        f"{ruff} check . --isolated --no-cache --fix-only --extend-select=I --line-length=120 --quiet "
        "--config lint.isort.combine-as-imports=true",
        f"{ruff} format . --isolated --no-cache --line-length=120 --quiet",
    ]
    config = Config.from_sources(config_file, MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=out_dir)
    spec = yaml.safe_load(spec_path.read_text())
    _SPEC.clear()
    _SPEC.update(spec)
    errors = generate(config=config, custom_template_path=TEMPLATES)

    # Allowances live in the spec itself (x-candescent-generator-allow) or, project-wide, in
    # config/generator-allowlist.yaml; each carries the reason it is acceptable.
    allow = [a for a in _load_allowlist() if a.get("category") in (category, "*")]
    allow += list(spec.get("x-candescent-generator-allow", []))
    for entry in allow:
        if not entry.get("reason"):
            problems_early = f"{category}: allow-list entry {entry.get('match')!r} has no reason"
            raise SystemExit(problems_early)
    problems: list[str] = []
    for err in errors:
        text = f"{err.header or ''} {err.detail or ''}".strip()
        if not any(re.search(a["match"], text) for a in allow):
            problems.append(f"{category}: generator {err.level.value}: {text}")
    problems.extend(_missing_operations(category, spec, out_dir))
    problems.extend(_unmarked_credentials(category, spec))
    if out_dir.exists():
        (out_dir / "_operations.py").write_text(render_operations_module(category, spec), encoding="utf-8")
        # The upstream client and its error type: the facade's transport sends every request.
        for unused in UNUSED_OUTPUTS:
            (out_dir / unused).unlink(missing_ok=True)
        _prune_unused_models(out_dir)
    return problems


def _parsed(paths: Iterable[Path]) -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(paths)}


def _referred_names(trees: Iterable[ast.AST]) -> set[str]:
    """Every name referred to (as a name or an attribute) in ``trees``; imports do not count."""
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
    return names


_Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _unreferenced(trees: Mapping[Path, ast.Module], facade: set[str]) -> list[tuple[Path, _Definition]]:
    """The top-level functions and classes of ``trees`` whose names neither they nor the facade use; a
    model's own module does not count (one class per module, which names itself for its slot setters)."""
    per_tree = {path: _referred_names([tree]) for path, tree in trees.items()}
    modules_referring = Counter(name for names in per_tree.values() for name in names)
    return [
        (path, node)
        for path, tree in trees.items()
        for node in tree.body
        if isinstance(node, _Definition)
        and node.name not in facade
        and modules_referring[node.name] - (path.parent.name == "models" and node.name in per_tree[path]) == 0
    ]


def _facade_names() -> set[str]:
    return _referred_names(_parsed((ROOT / "candescent_async").rglob("*.py")).values())


def _prune_unused_models(out_dir: Path) -> None:
    """Delete the models nothing refers to (error bodies the facade reads itself, bases the platform's
    allOf flattens into each account shape), until none is left: the generated layer holds what is used."""
    init = out_dir / "models" / "__init__.py"
    facade = _facade_names()
    while True:
        trees = _parsed(p for p in out_dir.rglob("*.py") if p != init)
        unused = {path: node.name for path, node in _unreferenced(trees, facade) if path.parent == out_dir / "models"}
        if not unused:
            return
        dropped = {f"from .{path.stem} import {name}" for path, name in unused.items()}
        dropped |= {f'"{name}",' for name in unused.values()}
        lines = init.read_text(encoding="utf-8").splitlines(keepends=True)
        init.write_text("".join(line for line in lines if line.strip() not in dropped), encoding="utf-8")
        for path in unused:
            path.unlink()
        # ...and the imports of them the templates emitted (a package __init__ keeps unused imports).
        pattern = re.compile(
            r"^from \.+models\.(?:" + "|".join(re.escape(p.stem) for p in unused) + r") import \w+\n", re.M
        )
        for module in trees:
            if module.exists():
                text = module.read_text(encoding="utf-8")
                if pattern.search(text):
                    module.write_text(pattern.sub("", text), encoding="utf-8")


def _missing_operations(category: str, spec: dict[str, Any], out_dir: Path) -> list[str]:
    from openapi_python_client.strings import PythonIdentifier

    produced = {p.stem for p in out_dir.glob("api/*/*.py") if p.name != "__init__.py"}
    missing = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method.startswith("x-") or not isinstance(op, dict) or "operationId" not in op:
                continue
            if str(PythonIdentifier(op["operationId"], "field_")) not in produced:
                missing.append(f"{category}: {method.upper()} {path} ({op['operationId']}) was dropped")
    return missing


def _write_root_init(root: Path, categories: list[str]) -> None:
    lines = [
        '"""Low-level async clients generated by openapi-python-client from specs/. Never edit by hand."""',
        "",
        f"CATEGORIES = {tuple(c.replace('-', '_') for c in categories)!r}",
        "",
    ]
    root.mkdir(parents=True, exist_ok=True)
    (root / "__init__.py").write_text("\n".join(lines), encoding="utf-8")
    (root / "py.typed").write_text("", encoding="utf-8")


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two trees (files missing on either side included)."""
    out: list[str] = []

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
        }

    left, right = files(expected), files(actual)
    for rel in sorted(left | right):
        a, b = expected / rel, actual / rel
        if rel not in right:
            out.append(f"stale file in generated/: {rel} (not produced by the specs)")
        elif rel not in left:
            out.append(f"missing from generated/: {rel}")
        elif not filecmp.cmp(a, b, shallow=False):
            out.extend(
                difflib.unified_diff(
                    b.read_text().splitlines(),
                    a.read_text().splitlines(),
                    f"generated/{rel}",
                    f"regenerated/{rel}",
                    lineterm="",
                    n=2,
                )
            )
    return out


def usage_report(root: Path) -> str:
    """Lines of generated code, and the share of it in definitions something refers to.

    A top-level function or class of a generated module counts as used when its name is referred to
    (as a name or an attribute) anywhere in the generated package or the facade; everything else in a
    module (imports, docstrings) goes with its module. The rest is dead code the templates emit."""
    trees = _parsed(root.rglob("*.py"))
    total = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in trees)
    dead = _unreferenced(trees, _facade_names())
    unused = sum((node.end_lineno or node.lineno) - node.lineno + 1 for _, node in dead)
    share = 100.0 * (total - unused) / total if total else 100.0
    line = f"generated: {total:,} lines in {len(trees)} files; {share:.1f}% in definitions the facade or parsers use"
    names = [f"{path.relative_to(root)}:{node.name}" for path, node in dead]
    return line + (f" (unused: {', '.join(names[:10])}{' ...' if len(names) > 10 else ''})" if names else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("categories", nargs="*", help="categories to regenerate (default: all)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from the specs")
    args = parser.parse_args(argv)

    all_categories = sorted(p.stem for p in SPECS.glob("*.yaml"))
    unknown = set(args.categories) - set(all_categories)
    if unknown:
        parser.error(f"no spec for {sorted(unknown)}; have {all_categories}")
    chosen = args.categories or all_categories
    _patch_generator()

    with tempfile.TemporaryDirectory(prefix="candescent-gen-") as tmp:
        tmp_root = Path(tmp) / "_candescent_generated"
        _write_root_init(tmp_root, all_categories)
        problems: list[str] = []
        for category in chosen:
            problems += _generate_one(category, SPECS / f"{category}.yaml", tmp_root / category.replace("-", "_"))
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print(f"generation failed: {len(problems)} problem(s)", file=sys.stderr)
            return 1

        if args.check:
            if not args.categories:
                diff = _tree_diff(tmp_root, OUT_ROOT)
            else:
                diff = []
                for c in chosen:
                    pkg = c.replace("-", "_")
                    diff += _tree_diff(tmp_root / pkg, OUT_ROOT / pkg)
            if diff:
                print("\n".join(diff[:400]), file=sys.stderr)
                print(
                    "\ngenerated/ is stale or was edited by hand: run `make generate` and commit.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ is up to date ({len(chosen)} categories)")
            return 0

        OUT_ROOT.mkdir(parents=True, exist_ok=True)
        for category in chosen:
            pkg = category.replace("-", "_")
            shutil.rmtree(OUT_ROOT / pkg, ignore_errors=True)
            shutil.copytree(tmp_root / pkg, OUT_ROOT / pkg)
        # Categories whose spec is gone are removed; the root init is rewritten.
        for stale in OUT_ROOT.iterdir():
            if stale.is_dir() and stale.name not in {c.replace("-", "_") for c in all_categories}:
                shutil.rmtree(stale)
        _write_root_init(OUT_ROOT, all_categories)
        for cache in OUT_ROOT.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        print(f"generated {len(chosen)} categories into {OUT_ROOT.relative_to(ROOT)}")
        print(usage_report(OUT_ROOT))
        return 0


if __name__ == "__main__":
    sys.exit(main())
