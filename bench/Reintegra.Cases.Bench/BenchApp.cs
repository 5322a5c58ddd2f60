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

namespace Reintegra.Cases.Bench;

/// <summary>
/// The real application on Kestrel at 127.0.0.1 over the benchmark's PostgreSQL database, with its production settings
/// except logging (warnings only). The same hosting as the reception benchmark.
/// </summary>
internal sealed class BenchApp(string connectionString) : WebApplicationFactory<Program>
{
    public const string Password = "Bench-Password-2026";
    public const string CaseWorkerEmail = "gestion.casos@bench.reintegra.test";
    public const string SupervisorEmail = "supervision.casos@bench.reintegra.test";
    public const string OfficeName = "Oficina de reintegración 0 (benchmark)";

    /// <summary>Starts the server; the application migrates the database as it starts.</summary>
    public static BenchApp Start(string connectionString)
    {
        UseApplicationContentRoot();
        var app = new BenchApp(connectionString);
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>Under <c>dotnet run</c> the factory needs the application's folder from its manifest (its documented override).</summary>
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
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Reintegra"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }

    /// <summary>
    /// The measured office, its case worker and supervisor, made through the application's own services as an
    /// administrator would; on a reused database, the ones made by the earlier run.
    /// </summary>
    public async Task<BenchStaff> StaffAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // Until an administrator exists, the sign-in page leads to the first-run page.
        var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
        if (!await firstRun.AdministratorExistsAsync())
        {
            await firstRun.CreateAdministratorAsync(new("Ministerio de Relaciones Exteriores", "GT", "Administración", "admin@bench.reintegra.test", Password));
        }
        var worker = await UserAsync(db, users, CaseWorkerEmail, Roles.CaseWorker);
        var supervisor = await UserAsync(db, users, SupervisorEmail, Roles.Supervisor);
        return new BenchStaff(worker.InstitutionId, worker.Id, supervisor.Id);
    }

    private static async Task<AppUser> UserAsync(AppDbContext db, UserManager<AppUser> users, string email, string role)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == OfficeName);
        if (institution is null)
        {
            institution = new Institution(OfficeName, InstitutionKind.ReceptionCentre, "GT", DateTime.UtcNow);
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

/// <summary>The measured office (institution 0 of the seed), its first case worker and its supervisor.</summary>
internal sealed record BenchStaff(Guid OfficeId, Guid CaseWorkerId, Guid SupervisorId);
