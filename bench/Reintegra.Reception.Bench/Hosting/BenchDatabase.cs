using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reintegra.Web.Data;

namespace Reintegra.Reception.Bench.Hosting;

/// <summary>
/// One benchmark database: a SQLite file in the temp folder, or a PostgreSQL database with a distinctive name on the
/// server named by REINTEGRA_TEST_PG. Dropped at the end unless kept. The application migrates it when it starts.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly bool _keep;

    private BenchDatabase(string provider, string name, string connectionString, string? adminConnectionString, bool keep)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _keep = keep;
    }

    /// <summary>"sqlite" or "postgres", as the application's Database:Provider setting.</summary>
    public string Provider { get; }

    public bool IsPostgres => Provider == "postgres";

    /// <summary>The PostgreSQL database name, or the SQLite file path.</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string provider, int people, bool keep)
    {
        var suffix = $"{people}_{Environment.ProcessId}";
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"reintegra-bench-{suffix}.db");
            DeleteSqliteFiles(path);
            return new BenchDatabase(provider, path, $"Data Source={path}", null, keep);
        }
        var admin = AdminConnectionString();
        var name = $"reintegra_bench_{suffix}";
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

    /// <summary>A context on this database with the application's model, outside the application: for seeding and sampling.</summary>
    public AppDbContext NewContext() => IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options);

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
            // An autovacuum worker (a superuser's backend) may still be analysing the freshly seeded tables: FORCE
            // cannot end it, so wait for it to finish rather than lose the run's results to the clean-up.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync(_adminConnectionString!, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                    return;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 30)
                {
                    await Task.Delay(TimeSpan.FromSeconds(2));
                }
            }
        }
        else
        {
            SqliteConnection.ClearAllPools();
            DeleteSqliteFiles(Name);
        }
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("REINTEGRA_TEST_PG")
        ?? throw new InvalidOperationException(
            "PostgreSQL needs REINTEGRA_TEST_PG (a connection string whose user may create databases): eval \"$(bash eng/test-services.sh | grep '^export ')\"");

    private static string WithDatabase(string admin, string name) =>
        new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();

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
