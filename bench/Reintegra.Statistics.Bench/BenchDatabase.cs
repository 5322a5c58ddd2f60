using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reintegra.Web.Data;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// One benchmark database, migrated with the application's migrations: a SQLite file in the temp folder, or a
/// PostgreSQL database named reintegra_statsbench_* on the server of REINTEGRA_TEST_PG. Dropped at the end unless kept.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _admin;
    private readonly bool _keep;

    private BenchDatabase(string provider, string name, string connectionString, string? admin, bool keep)
    {
        (Provider, Name, ConnectionString, _admin, _keep) = (provider, name, connectionString, admin, keep);
    }

    public string Provider { get; }

    public bool IsPostgres => Provider == "postgres";

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string provider, int facts, bool keep)
    {
        var suffix = $"{facts}_{Environment.ProcessId}";
        BenchDatabase db;
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"reintegra-statsbench-{suffix}.db");
            DeleteSqliteFiles(path);
            db = new BenchDatabase(provider, path, $"Data Source={path}", null, keep);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("REINTEGRA_TEST_PG") ?? throw new InvalidOperationException(
                "PostgreSQL needs REINTEGRA_TEST_PG: eval \"$(bash eng/test-services.sh | grep '^export ')\"");
            var name = $"reintegra_statsbench_{suffix}";
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
            db = new BenchDatabase(provider, name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), admin, keep);
        }
        await using var context = db.NewContext();
        await context.Database.MigrateAsync();
        if (!db.IsPostgres)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        return db;
    }

    /// <summary>A context with the application's model, as the application's own would be.</summary>
    public AppDbContext NewContext() => IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection c = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        return c;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync();
    }

    public long SizeBytes()
    {
        if (!IsPostgres)
        {
            return new[] { Name, Name + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }
        using var conn = new NpgsqlConnection(ConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand("SELECT pg_database_size(current_database())", conn);
        return (long)cmd.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep)
        {
            Console.WriteLine($"  kept {Provider} database {Name}");
            return;
        }
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_admin!, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            DeleteSqliteFiles(Name);
        }
    }

    private static void DeleteSqliteFiles(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
