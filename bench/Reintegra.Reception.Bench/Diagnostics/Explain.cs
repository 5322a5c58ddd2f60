using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reintegra.Reception.Bench.Diagnostics;

/// <summary>
/// How the database ran a statement the application sent, with the same parameter values: PostgreSQL's
/// EXPLAIN (ANALYZE, BUFFERS), or SQLite's EXPLAIN QUERY PLAN (which shows the plan, not the timings).
/// </summary>
internal static class Explain
{
    public static async Task<string> PlanAsync(string provider, string connectionString, CapturedCommand command)
    {
        await using DbConnection conn = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = (provider == "postgres" ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.Sql;
        foreach (var p in command.Parameters)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.Value = p.Value;
            parameter.DbType = p.DbType;
            if (parameter is NpgsqlParameter npgsql && p.NpgsqlDbType is { } type)
            {
                npgsql.NpgsqlDbType = type;
            }
            cmd.Parameters.Add(parameter);
        }
        var plan = new StringBuilder();
        await using var reader = await cmd.ExecuteReaderAsync();
        var depth = new Dictionary<long, int>();
        while (await reader.ReadAsync())
        {
            if (provider == "postgres")
            {
                plan.AppendLine(reader.GetString(0));
                continue;
            }
            // SQLite: id, parent, unused, detail; indent each step under its parent.
            var level = depth.TryGetValue(reader.GetInt64(1), out var parent) ? parent + 1 : 0;
            depth[reader.GetInt64(0)] = level;
            plan.Append(' ', level * 2).AppendLine(reader.GetString(3));
        }
        return plan.ToString();
    }

    public static string Describe(CapturedCommand command)
    {
        var text = new StringBuilder();
        foreach (var p in command.Parameters)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"-- {p.Name} = {p.Value}");
        }
        text.AppendLine(command.Sql);
        return text.ToString();
    }
}
