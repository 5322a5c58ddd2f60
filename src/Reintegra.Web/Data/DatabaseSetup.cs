using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reintegra.Web.Data;

/// <summary>
/// Chooses the database engine from configuration: SQLite by default (a file under the data folder, created on
/// first run), PostgreSQL when <c>Database:Provider</c> is <c>postgres</c>. The connection string is
/// <c>ConnectionStrings:Reintegra</c> (environment: <c>ConnectionStrings__Reintegra</c>).
/// </summary>
public static class DatabaseSetup
{
    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "postgresql", StringComparison.OrdinalIgnoreCase);

    public static void AddAppDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        // Every IInterceptor in the container joins every context: areas add their own (e.g. the identity index).
        services.AddScoped<IInterceptor, SaveChangesInterceptor>();
        // Configuration is read when the first context is made, not here: hosts (and tests) may add settings after this line.
        services.AddDbContext<PostgresAppDbContext>((sp, o) =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Reintegra")
                ?? throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Reintegra is not set.");
            o.UseNpgsql(cs).AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddDbContext<SqliteAppDbContext>((sp, o) =>
            o.UseSqlite(SqliteConnectionString(sp.GetRequiredService<IConfiguration>(), contentRoot))
             .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<AppDbContext>(sp => IsPostgres(sp.GetRequiredService<IConfiguration>())
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
    }

    private static string SqliteConnectionString(IConfiguration config, string contentRoot)
    {
        var configured = config.GetConnectionString("Reintegra");
        var csb = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/reintegra.db");
        if (csb.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        }
        if (csb.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }
        csb.ForeignKeys = true;
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    /// <summary>
    /// SQLite is migrated at start (it is the embedded engine). PostgreSQL is migrated at start only when
    /// <c>Database:MigrateOnStartup</c> is true; otherwise run <c>Reintegra.Web migrate</c> as a deployment step.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, IConfiguration config, bool force, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var isPostgres = IsPostgres(config);
        if (isPostgres && !force && !config.GetValue("Database:MigrateOnStartup", false))
        {
            return;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () => await db.Database.MigrateAsync(ct));
        if (!isPostgres)
        {
            // WAL lets readers work while the reception desk writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
