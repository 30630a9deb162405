"""Schemathesis against the API's OpenAPI schema: generated requests, valid and invalid, never get
a server error, and every documented answer matches its schema.

Each operation is its own test, driven by Hypothesis with a bounded number of examples.
(Schemathesis' own pytest loader reads a pytest attribute that pytest 9 no longer has.)
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

pytest_plugins = ["serve_fixtures"]

OPERATIONS = [
    "/api/events",
    "/api/events/{event_id}",
    "/api/actors",
    "/api/actors/{actor_id}",
    "/api/dyads/{a}/{b}/timeline",
    "/api/network",
    "/api/documents/{doc}",
    "/api/stats",
]
#: Operations with no parameter that can be made invalid (any text is a document id).
NOTHING_TO_BREAK = {"/api/documents/{doc}", "/api/stats"}
EXAMPLES = 30


@pytest.fixture(scope="session")
def api_schema(serve_store):
    from entente.serve import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(serve_store))


def test_every_operation_is_fuzzed(api_schema):
    documented = {result.ok().path for result in api_schema.get_all_operations()}
    assert documented == set(OPERATIONS)


RUNS = [
    pytest.param(path, mode, id=f"{path}-{mode.value}")
    for path in OPERATIONS
    for mode in GenerationMode
    if not (mode is GenerationMode.NEGATIVE and path in NOTHING_TO_BREAK)
]


@pytest.mark.parametrize(("path", "mode"), RUNS)
def test_no_request_makes_a_server_error(api_schema, path, mode):
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    check()
