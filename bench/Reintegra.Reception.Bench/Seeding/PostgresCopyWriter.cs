using Npgsql;
using NpgsqlTypes;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>
/// PostgreSQL's binary COPY into the application's tables, indexes and foreign keys in place, one transaction per
/// batch. Each column's wire type is the one the application's EF mapping would send.
/// </summary>
internal sealed class PostgresCopyWriter(NpgsqlConnection connection) : ITableWriter
{
    private readonly Dictionary<TableShape, NpgsqlDbType[]> _types = [];

    public static async Task<PostgresCopyWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresCopyWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<(TableShape Shape, IReadOnlyList<object> Rows)> batch, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var (shape, rows) in batch)
        {
            if (rows.Count == 0)
            {
                continue;
            }
            var types = TypesOf(shape);
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{shape.Table}\" ({shape.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                for (var i = 0; i < shape.Columns.Count; i++)
                {
                    if (shape.Columns[i].Read(row) is { } value)
                    {
                        await copy.WriteAsync(value, types[i], ct);
                    }
                    else
                    {
                        await copy.WriteNullAsync(ct);
                    }
                }
            }
            await copy.CompleteAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private NpgsqlDbType[] TypesOf(TableShape shape)
    {
        if (!_types.TryGetValue(shape, out var types))
        {
            using var probe = new NpgsqlCommand();
            types = shape.Columns
                .Select(c => ((NpgsqlParameter)c.Mapping.CreateParameter(probe, "p", null, c.IsNullable)).NpgsqlDbType)
                .ToArray();
            _types[shape] = types;
        }
        return types;
    }
}
