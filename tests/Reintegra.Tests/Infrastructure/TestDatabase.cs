using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reintegra.Web.Data;

namespace Reintegra.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test host. The suite runs on SQLite by default and on PostgreSQL when
/// REINTEGRA_TEST_DB=postgres (connection string in REINTEGRA_TEST_PG). Migrations run once per run into a
/// template; each host gets a copy, so every test class starts from an empty, fully migrated database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("REINTEGRA_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        return UsePostgres ? await CreatePostgresAsync() : await CreateSqliteAsync();
    }

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"reintegra-template-{Environment.ProcessId}.db");
                File.Delete(path);
                var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
                await using (var db = new SqliteAppDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }
                SqliteConnection.ClearAllPools();
                _sqliteTemplate = path;
            }
        }
        finally
        {
            TemplateLock.Release();
        }
        var copy = Path.Combine(Path.GetTempPath(), $"reintegra-test-{Guid.NewGuid():N}.db");
        File.Copy(_sqliteTemplate, copy);
        return new TestDatabase("sqlite", $"Data Source={copy}", null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable("REINTEGRA_TEST_PG")
            ?? throw new InvalidOperationException("REINTEGRA_TEST_DB=postgres needs REINTEGRA_TEST_PG, a connection string whose user may create databases.");
        var name = $"reintegra_test_{Guid.NewGuid():N}"[..40];
        await TemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var template = $"reintegra_tmpl_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
                await ExecuteAsync(admin, $"CREATE DATABASE \"{template}\"");
                var cs = new NpgsqlConnectionStringBuilder(admin) { Database = template }.ToString();
                var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(cs).Options;
                await using (var db = new PostgresAppDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = template;
            }
            // Copies are made one at a time: PostgreSQL refuses to copy a template that another session is using.
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_postgresTemplate}\"");
        }
        finally
        {
            TemplateLock.Release();
        }
        return new TestDatabase("postgres", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), name);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(Environment.GetEnvironmentVariable("REINTEGRA_TEST_PG")!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
