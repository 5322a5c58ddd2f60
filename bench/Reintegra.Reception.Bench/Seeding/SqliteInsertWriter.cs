using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>
/// Prepared INSERT statements in one transaction per batch, foreign keys enforced as the application's connections
/// enforce them. Parameters are made by the application's EF type mappings, so values are stored as EF stores them
/// (GUIDs and dates as text ...).
/// </summary>
internal sealed class SqliteInsertWriter(SqliteConnection connection) : ITableWriter
{
    private readonly Dictionary<TableShape, SqliteCommand> _commands = [];

    public static async Task<SqliteInsertWriter> OpenAsync(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        var connection = new SqliteConnection(csb.ToString());
        await connection.OpenAsync();
        return new SqliteInsertWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<(TableShape Shape, IReadOnlyList<object> Rows)> batch, CancellationToken ct)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var (shape, rows) in batch)
        {
            var command = CommandFor(shape);
            command.Transaction = transaction;
            foreach (var row in rows)
            {
                for (var i = 0; i < shape.Columns.Count; i++)
                {
                    command.Parameters[i].Value = shape.Columns[i].Read(row) ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        await connection.DisposeAsync();
    }

    private SqliteCommand CommandFor(TableShape shape)
    {
        if (_commands.TryGetValue(shape, out var command))
        {
            return command;
        }
        command = connection.CreateCommand();
        var names = shape.Columns.Select((_, i) => $"$p{i}").ToList();
        command.CommandText = $"INSERT INTO \"{shape.Table}\" ({shape.QuotedColumnList}) VALUES ({string.Join(", ", names)})";
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            DbParameter parameter = shape.Columns[i].Mapping.CreateParameter(command, names[i], null, shape.Columns[i].IsNullable);
            command.Parameters.Add(parameter);
        }
        _commands[shape] = command;
        return command;
    }
}
