# Every routine task. `make demo` and `make test` are the README's two set-up commands:
# both create the virtual environment on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install redis-server demo test lint typecheck generate check-generated check-contract pytest bench dist clean sandbox import-spec spec-diff smoke-dist smoke-min-deps

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=25.1"
	$(PY) -m pip install -q -e ".[sandbox,redis]" --group dev
	touch $(STAMP)

install: $(STAMP) redis-server

# The Redis token-store tests start a real redis-server (Debian's package). Installed here when it is
# missing and we are root; otherwise a note (those tests then skip, except under CI=true where they fail).
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server; \
	  else \
	    echo "note: redis-server is not installed and this is not root: run 'apt-get install -y redis-server' as root, or the Redis tests are skipped (they fail under CI=true)"; \
	  fi; }

demo: $(STAMP)
	$(PY) examples/quickstart.py

test: $(STAMP) lint typecheck check-generated check-contract pytest smoke-dist smoke-min-deps

lint: $(STAMP)
	$(VENV)/bin/ruff check candescent_async scripts tests examples
	$(VENV)/bin/ruff format --check candescent_async scripts tests examples

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy -p _candescent_generated  # the generated code too (strict: what the templates emit)

generate: $(STAMP)
	$(PY) scripts/generate.py

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check

# The fidelity check: specs/ against the platform's own description (../shared/reference/...),
# every difference declared by x-candescent-deviation; skipped with a message where the file is absent.
check-contract: $(STAMP)
	$(PY) scripts/check_contract.py $(if $(REPORT),--report $(REPORT))

pytest: $(STAMP) redis-server
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(PY) scripts/bench.py

sandbox: $(STAMP)
	$(PY) -m candescent_async.sandbox --port 8765

# make import-spec SPEC=path/to/candescent-di-api.yaml [ACK=1] [ONLY=category]; make spec-diff OLD=... NEW=... [ACK=1]
import-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make import-spec SPEC=path/to/candescent-di-api.yaml [ACK=1]"; exit 2; }
	$(PY) scripts/import_spec.py "$(SPEC)" $(if $(ACK),--acknowledge-breaking) $(foreach c,$(ONLY),--only $(c))

spec-diff: $(STAMP)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-diff OLD=old.yaml|specs/ NEW=new.yaml|dir [ACK=1]"; exit 2; }
	$(PY) scripts/spec_diff.py "$(OLD)" "$(NEW)" $(if $(ACK),--acknowledge-breaking)

dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --sdist --wheel --outdir dist .

smoke-dist: dist
	$(PY) scripts/smoke_dist.py dist

# The lowest dependency versions pyproject.toml allows, installed into a fresh venv with the wheel.
MIN_DEPS := --constraint httpx2==2.13.1 --constraint httpcore2==2.13.1 --constraint aiohttp==3.11.0 --constraint attrs==23.1.0 --constraint msgspec==0.18.6 --constraint python-dateutil==2.8.2 --constraint anyio==4.10.0
smoke-min-deps: dist
	$(PY) scripts/smoke_dist.py dist $(MIN_DEPS)

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
