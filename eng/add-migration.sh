#!/usr/bin/env bash
# Adds a migration with the same name to both migration sets (SQLite and PostgreSQL), as the model requires.
# usage: eng/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: eng/add-migration.sh <Name>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Reintegra.Web -v q -nologo
dotnet ef migrations add "$name" --no-build --project src/Reintegra.Web --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --no-build --project src/Reintegra.Web --context PostgresAppDbContext --output-dir Data/Migrations/Postgres
dotnet build src/Reintegra.Web -v q -nologo
