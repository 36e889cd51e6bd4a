# Waymark: `make run` for the embedded demo, `make test` for the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := site/static/dist/waymark.css

.PHONY: run test install assets migrate demo worker lint bench clean messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

$(ASSETS): node_modules/.package-lock.json site/build.mjs $(wildcard site/static/src/*)
	npm run --silent build

assets: $(ASSETS)

migrate: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput

demo: migrate
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py load_demo

run: install assets demo
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:8000

test: install assets
	$(BIN)/pytest

# A Celery worker with the beat scheduler, for when REDIS_URL is set.
worker: install
	$(BIN)/celery -A config worker --beat --loglevel=info

# The Welsh catalogue: find new strings, then (after translating them) compile. Needs GNU gettext
# (apt-get install gettext); the tests and the running site need only the committed .po and .mo.
messages: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py makemessages -l cy --ignore=.venv --ignore=node_modules --ignore=site/static/dist
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py compilemessages -l cy --ignore=.venv --ignore=node_modules

lint: install
	$(BIN)/ruff check .

# Benchmarks print figures (BENCHMARKS.md); they are not tests. PostgreSQL and Redis are
# started if needed, and the database waymark_bench is dropped and made again for each size.
# BENCH_SIZES=small for a quick run; see bench/run.py for the other settings.
bench: install assets
	bash bench/services.sh
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) node_modules site/static/dist staticfiles
