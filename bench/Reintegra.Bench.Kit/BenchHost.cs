using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Account;

namespace Reintegra.Bench.Kit;

/// <summary>
/// The real application on Kestrel at 127.0.0.1, on a benchmark database, with its production settings except
/// logging (warnings only, so that the console does not become the thing measured). Clients talk HTTP to it.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string Password = "Bench-Password-2026";

    private readonly BenchDatabase _database;

    private BenchHost(BenchDatabase database) => _database = database;

    /// <summary>Starts the server; the application migrates the database as it starts.</summary>
    public static BenchHost Start(BenchDatabase database)
    {
        UseApplicationContentRoot();
        var app = new BenchHost(database);
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>
    /// The factory looks for the application's folder in MvcTestingAppManifest.json in the current directory, which
    /// is the build output under a test runner but not under <c>dotnet run</c>; its documented override is this variable.
    /// </summary>
    private static void UseApplicationContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        var name = typeof(Program).Assembly.GetName();
        if (roots.TryGetValue(name.FullName, out var root))
        {
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{name.Name!.ToUpperInvariant().Replace('.', '_')}", root);
        }
    }

    public Uri Address =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Added last, so these win over appsettings.json.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Reintegra"] = _database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }

    /// <summary>
    /// A user with one role in the named institution, made through the application's own services as an administrator
    /// would (the first call also makes the administrator, as the first-run page does); on a reused database, the
    /// user made by the earlier run.
    /// </summary>
    public async Task<AppUser> UserAsync(string email, string institutionName, InstitutionKind kind, string role)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
        if (!await firstRun.AdministratorExistsAsync())
        {
            await firstRun.CreateAdministratorAsync(new("Ministerio de Relaciones Exteriores", "GT", "Administración", "admin@bench.reintegra.test", Password));
        }
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == institutionName);
        if (institution is null)
        {
            institution = new Institution(institutionName, kind, "GT", DateTime.UtcNow);
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = $"{role} (benchmark)",
            InstitutionId = institution.Id,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        return user;
    }
}
