#!/usr/bin/env bash
# Removes the latest migration from both sets (SQLite and PostgreSQL) and reverts their model snapshots.
# --force skips the check against a live database (none is needed to edit an unreleased migration).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Reintegra.Web -v q -nologo
dotnet ef migrations remove --force --no-build --project src/Reintegra.Web --context SqliteAppDbContext
dotnet ef migrations remove --force --no-build --project src/Reintegra.Web --context PostgresAppDbContext
