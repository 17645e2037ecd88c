"""The real udata API (data.gouv.fr's software) on 127.0.0.1, its database in memory.

Runs inside its own virtual environment (.venv-udata, made by scripts/setup-udata.sh): udata is
AGPL-licensed and only ever used by the tests, never imported by DataMairie. Seeds licences,
one commune zone, an agent with an API key, the agent's commune and a commune the agent does
not belong to; prints them as one JSON line on stdout, then serves until killed.

One route is the tests' own (``POST /_tests/datasets/<id>/``): it stands for what the API
cannot do within a test run — time passing (a file last changed months ago), data.gouv.fr's
usage counters (a separate metrics service feeds ``metrics``) and its link checker (the
``check:available`` verdict on a linked file).
"""

from __future__ import annotations

import argparse
import datetime
import http.server
import json
import logging
import socketserver
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import mongomock
from udata.app import create_app, standalone
from udata.settings import Testing


def serve_catalogue(catalogue: Path) -> int:
    """Serve schema.data.gouv.fr's catalogue from a file; return the port."""
    body = catalogue.read_bytes()

    class Catalogue(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Stay quiet."""

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Catalogue)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port: int = server.server_address[1]
    return port


def build(port: int, catalogue: Path) -> tuple[Any, dict[str, str]]:
    """The udata application and what was seeded in it."""
    catalogue_port = serve_catalogue(catalogue)

    class Settings(Testing):  # type: ignore[misc]
        SERVER_NAME = f"127.0.0.1:{port}"
        API_TOKEN_SECRET = "tests-only-secret"  # noqa: S105 - a throw-away test server
        MONGODB_HOST = "mongodb://localhost:27017/udata"
        MONGODB_SETTINGS = {  # noqa: RUF012 - udata reads it as a class attribute
            "host": "mongodb://localhost:27017/udata-test",
            "mongo_client_class": mongomock.MongoClient,
        }
        FS_ROOT = tempfile.mkdtemp(prefix="udata-files-")
        SCHEMA_CATALOG_URL = f"http://127.0.0.1:{catalogue_port}/schemas.json"
        URLS_ALLOW_PRIVATE = True
        URLS_ALLOW_LOCAL = True

    app = standalone(create_app(override=Settings))
    _add_test_route(app)
    with app.app_context():
        from udata.core.api_token.models import ApiToken
        from udata.core.spatial.models import GeoLevel, GeoZone
        from udata.models import License, Member, Organization, User

        for licence, title in (
            ("lov2", "Licence Ouverte / Open Licence version 2.0"),
            ("odc-odbl", "Open Data Commons Open Database License (ODbL)"),
            ("notspecified", "License Not Specified"),
        ):
            License.objects.create(id=licence, title=title)
        GeoLevel.objects.create(id="fr:commune", name="Commune", admin_level=70)
        GeoZone.objects.create(
            id="fr:commune:38185",
            slug="grenoble",
            name="Grenoble",
            code="38185",
            level="fr:commune",
            uri="http://id.insee.fr/geo/commune/38185",
        )
        agent = User.objects.create(
            email="agent@mairie.test", first_name="Agent", last_name="Mairie", active=True
        )
        other = User.objects.create(
            email="autre@mairie.test", first_name="Autre", last_name="Agent", active=True
        )
        commune = Organization.objects.create(
            name="Commune de Grenoble",
            description="Mairie",
            members=[Member(user=agent, role="admin")],
        )
        neighbour = Organization.objects.create(
            name="Commune voisine",
            description="Une autre mairie",
            members=[Member(user=other, role="admin")],
        )
        _, key = ApiToken.generate(agent, name="tests")
        seed = {
            "api_key": key,
            "organization": str(commune.id),
            "organization_slug": str(commune.slug),
            "foreign_organization": str(neighbour.id),
            "base_url": f"http://127.0.0.1:{port}",
        }
    return app, seed


def _add_test_route(app: Any) -> None:
    from flask import jsonify, request
    from udata.app import csrf
    from udata.models import Dataset

    def age_dataset(dataset_id: str) -> Any:
        body = request.get_json(force=True)
        dataset = Dataset.objects.get(id=dataset_id)
        if "last_modified" in body:
            moment = datetime.datetime.fromisoformat(body["last_modified"])
            dataset.last_modified_internal = moment
            for resource in dataset.resources:
                resource.last_modified_internal = moment
        if "metrics" in body:
            dataset.metrics.update(body["metrics"])
        if "available" in body:
            for resource in dataset.resources:
                if resource.filetype == "remote":
                    resource.extras["check:available"] = bool(body["available"])
        dataset.save()
        return jsonify({"id": str(dataset.id)})

    app.add_url_rule(
        "/_tests/datasets/<dataset_id>/", view_func=csrf.exempt(age_dataset), methods=["POST"]
    )


def main() -> None:
    """Start the server on the port given, and say what was seeded."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--catalogue", type=Path, required=True)
    arguments = parser.parse_args()
    app, seed = build(arguments.port, arguments.catalogue)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    sys.stdout.write(json.dumps(seed) + "\n")
    sys.stdout.flush()
    app.run(host="127.0.0.1", port=arguments.port, use_reloader=False, threaded=True)


if __name__ == "__main__":
    main()
