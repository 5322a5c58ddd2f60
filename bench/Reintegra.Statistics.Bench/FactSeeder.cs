using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// Writes return facts into StatisticsReturnFacts as the application's EF model maps them (column names, value
/// converters, provider types): binary COPY on PostgreSQL, prepared INSERTs on SQLite, one transaction per batch,
/// with the table's primary key and index in place.
/// </summary>
internal static class FactSeeder
{
    private const int Batch = 50_000;

    private sealed record Column(string Name, RelationalTypeMapping Mapping, bool IsNullable, Func<ReturnFactRecord, object?> Read);

    public static async Task<TimeSpan> SeedAsync(BenchDatabase db, int count, int seed, Action<int> progress)
    {
        List<Column> columns;
        string table;
        await using (var context = db.NewContext())
        {
            (table, columns) = Shape(context);
        }
        var generator = new FactGenerator(seed);
        var clock = Stopwatch.StartNew();
        if (db.IsPostgres)
        {
            await SeedPostgresAsync(db, table, columns, generator, count, progress);
        }
        else
        {
            await SeedSqliteAsync(db, table, columns, generator, count, progress);
        }
        return clock.Elapsed;
    }

    private static (string Table, List<Column> Columns) Shape(AppDbContext context)
    {
        var entity = context.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(ReturnFactRecord))
            ?? throw new InvalidOperationException("ReturnFactRecord is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            var mapping = property.GetRelationalTypeMapping();
            var converter = property.GetValueConverter() ?? mapping.Converter;
            var getter = property.GetGetter();
            columns.Add(new Column(property.GetColumnName(store)!, mapping, property.IsNullable,
                e => getter.GetClrValueUsingContainingEntity(e) is { } v ? converter is null ? v : converter.ConvertToProvider(v) : null));
        }
        return (table, columns);
    }

    private static async Task SeedPostgresAsync(BenchDatabase db, string table, List<Column> columns, FactGenerator generator, int count, Action<int> progress)
    {
        using var probe = new NpgsqlCommand();
        var types = columns.Select(c => ((NpgsqlParameter)c.Mapping.CreateParameter(probe, "p", null, c.IsNullable)).NpgsqlDbType).ToArray();
        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        for (var done = 0; done < count;)
        {
            var n = Math.Min(Batch, count - done);
            await using (var tx = await connection.BeginTransactionAsync())
            {
                await using (var copy = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)"))
                {
                    for (var i = 0; i < n; i++)
                    {
                        var fact = generator.Next();
                        copy.StartRow();
                        for (var c = 0; c < columns.Count; c++)
                        {
                            if (columns[c].Read(fact) is { } value)
                            {
                                copy.Write(value, types[c]);
                            }
                            else
                            {
                                copy.WriteNull();
                            }
                        }
                    }
                    await copy.CompleteAsync();
                }
                await tx.CommitAsync();
            }
            done += n;
            progress(done);
        }
    }

    private static async Task SeedSqliteAsync(BenchDatabase db, string table, List<Column> columns, FactGenerator generator, int count, Action<int> progress)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        // Seeding only (this connection's settings): no fsync, the rollback journal in memory, and a page cache large
        // enough for both random-GUID indexes, so that ten million rows are not bound by re-reading index pages.
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -4000000; PRAGMA temp_store = MEMORY;";
            await pragmas.ExecuteNonQueryAsync();
        }
        await using var command = connection.CreateCommand();
        var names = columns.Select((_, i) => $"$p{i}").ToList();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", names)})";
        for (var i = 0; i < columns.Count; i++)
        {
            DbParameter parameter = columns[i].Mapping.CreateParameter(command, names[i], null, columns[i].IsNullable);
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        for (var done = 0; done < count;)
        {
            var n = Math.Min(Batch, count - done);
            await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                command.Transaction = tx;
                for (var i = 0; i < n; i++)
                {
                    var fact = generator.Next();
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters[c].Value = columns[c].Read(fact) ?? DBNull.Value;
                    }
                    // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and the async path costs per row.
                    command.ExecuteNonQuery();
                }
                await tx.CommitAsync();
            }
            done += n;
            progress(done);
        }
        // Back to the file's mode as the application left it (write-ahead log), for the engine that reads it next.
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync();
    }
}
