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

namespace Reintegra.Reception.Bench.Hosting;

/// <summary>
/// The real application on Kestrel at 127.0.0.1, on the benchmark database, with its production settings except
/// logging (warnings only, so that the console does not become the thing measured). Clients talk HTTP to it.
/// </summary>
internal sealed class BenchApp(BenchDatabase database) : WebApplicationFactory<Program>
{
    public const string Password = "Bench-Password-2026";

    public BenchDatabase Database { get; } = database;

    /// <summary>Starts the server; the application migrates the database as it starts.</summary>
    public static BenchApp Start(BenchDatabase database)
    {
        UseApplicationContentRoot();
        var app = new BenchApp(database);
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
            ["Database:Provider"] = Database.Provider,
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Reintegra"] = Database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }

    /// <summary>
    /// The two reception centres of the benchmark and one reception officer in each, made through the application's
    /// own services as an administrator would; on a reused database, the ones made by the earlier run.
    /// </summary>
    public async Task<BenchStaff> StaffAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        const string airCentre = "Centro de Recepción de Retornados, Fuerza Aérea (benchmark)";
        var air = await UserAsync(db, users, BenchStaff.AirEmail, airCentre, Roles.ReceptionOfficer);
        var land = await UserAsync(db, users, BenchStaff.LandEmail, "Centro de Atención a Personas Retornadas, Tecún Umán (benchmark)", Roles.ReceptionOfficer);
        await UserAsync(db, users, BenchStaff.SupervisorEmail, airCentre, Roles.Supervisor);
        return new BenchStaff(air.InstitutionId, air.Id, land.InstitutionId, land.Id);
    }

    private static async Task<AppUser> UserAsync(AppDbContext db, UserManager<AppUser> users, string email, string institutionName, string role)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == institutionName);
        if (institution is null)
        {
            institution = new Institution(institutionName, InstitutionKind.ReceptionCentre, "GT", DateTime.UtcNow);
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

/// <summary>
/// Who registers what: air arrivals at the airport centre (the benchmark's officer), land arrivals at the border.
/// A supervisor at the airport watches the identity index load.
/// </summary>
internal sealed record BenchStaff(Guid AirCentreId, Guid AirUserId, Guid LandCentreId, Guid LandUserId)
{
    public const string AirEmail = "recepcion.aerea@bench.reintegra.test";
    public const string LandEmail = "recepcion.terrestre@bench.reintegra.test";
    public const string SupervisorEmail = "supervision@bench.reintegra.test";
}
