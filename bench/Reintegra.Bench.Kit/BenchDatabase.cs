using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reintegra.Web.Data;

namespace Reintegra.Bench.Kit;

/// <summary>
/// One benchmark database: a SQLite file in the temp folder, or a PostgreSQL database with a distinctive name on the
/// server named by REINTEGRA_TEST_PG. Dropped at the end unless kept. Either the application migrates it when it
/// starts, or the benchmark does (<see cref="MigrateAsync"/>) when it seeds before any application runs.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _admin;

    private BenchDatabase(string provider, string name, string connectionString, string? admin, bool keep)
    {
        (Provider, Name, ConnectionString, _admin, Keep) = (provider, name, connectionString, admin, keep);
    }

    /// <summary>"sqlite" or "postgres", as the application's Database:Provider setting.</summary>
    public string Provider { get; }

    public bool IsPostgres => Provider == "postgres";

    /// <summary>The PostgreSQL database name, or the SQLite file path.</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Left in place at the end, to be measured again with <see cref="Existing"/>.</summary>
    public bool Keep { get; }

    /// <summary>A new, empty database named <c>{prefix}_{size}_{process id}</c> (an earlier one of that name is dropped).</summary>
    public static async Task<BenchDatabase> CreateAsync(string prefix, string provider, long size, bool keep)
    {
        var name = $"{prefix}_{size}_{Environment.ProcessId}";
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), name.Replace('_', '-') + ".db");
            DeleteSqliteFiles(path);
            return new BenchDatabase(provider, path, $"Data Source={path}", null, keep);
        }
        if (provider != "postgres")
        {
            throw new ArgumentException($"Unknown engine \"{provider}\": sqlite or postgres.", nameof(provider));
        }
        var admin = AdminConnectionString();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        return new BenchDatabase(provider, name, WithDatabase(admin, name), admin, keep);
    }

    /// <summary>A PostgreSQL database kept by an earlier run: used as it is, and kept again.</summary>
    public static BenchDatabase Existing(string name)
    {
        var admin = AdminConnectionString();
        return new BenchDatabase("postgres", name, WithDatabase(admin, name), admin, keep: true);
    }

    /// <summary>Applies the application's migrations (and, on SQLite, the write-ahead log the application uses).</summary>
    public async Task MigrateAsync()
    {
        await using var context = NewContext();
        await context.Database.MigrateAsync();
        if (!IsPostgres)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>A context on this database with the application's model, outside the application: for seeding and sampling.</summary>
    public AppDbContext NewContext() => IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection c = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        return c;
    }

    /// <summary>Runs one statement with no time limit (seeding and index builds take minutes at full size).</summary>
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
        if (Keep)
        {
            Console.WriteLine($"  kept {Provider} database {Name}");
            return;
        }
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            // An autovacuum worker (a superuser's backend) may still be analysing the freshly seeded tables: FORCE
            // cannot end it, so wait for it to finish rather than lose the run's results to the clean-up.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync(_admin!, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                    return;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 30)
                {
                    await Task.Delay(TimeSpan.FromSeconds(2));
                }
            }
        }
        SqliteConnection.ClearAllPools();
        DeleteSqliteFiles(Name);
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("REINTEGRA_TEST_PG")
        ?? throw new InvalidOperationException(
            "PostgreSQL needs REINTEGRA_TEST_PG (a connection string whose user may create databases): eval \"$(bash eng/test-services.sh | grep '^export ')\"");

    /// <summary>Long connect timeout and no command timeout: a seeded database of millions is busy for minutes at a time.</summary>
    private static string WithDatabase(string admin, string name) =>
        new NpgsqlConnectionStringBuilder(admin) { Database = name, Timeout = 60, CommandTimeout = 0 }.ToString();

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
