# The two commands of the README:
#   make demo   sets everything up and runs the pipeline on the bundled samples into ./lake/
#   make test   sets everything up (Kafka broker included) and runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint setup kafka-fetch kafka-up kafka-down clean

setup: $(INSTALLED)

$(INSTALLED): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

demo: $(INSTALLED)
	$(BIN)/emr-deid run --output lake --demo-key

kafka-fetch:
	deploy/kafka/kafka.sh fetch

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The broker is started and stopped by the test session itself (tests/conftest.py).
test: $(INSTALLED) kafka-fetch lint
	$(BIN)/python -m pytest

# A broker for trying the Kafka command by hand: 127.0.0.1:9092, data under /tmp/emr-deid-kafka.
kafka-up: kafka-fetch
	deploy/kafka/kafka.sh start

kafka-down:
	deploy/kafka/kafka.sh stop

clean:
	rm -rf $(VENV) lake build *.egg-info .pytest_cache .ruff_cache
