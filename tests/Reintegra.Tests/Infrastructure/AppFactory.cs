using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Infrastructure;

/// <summary>
/// The real application on a real, freshly migrated database, with a fake clock. One per test class; tests create
/// their own institutions and users so they do not depend on each other.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Password-2026";

    /// <summary>Thursday 19 November 2026, 10:00 in Guatemala.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 19, 16, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised");

    public virtual async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the CSS and JS are served from the build output only when asked.
        builder.UseStaticWebAssets();
        // Added last, so these win over appsettings.json.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["Database:MigrateOnStartup"] = "false",
            ["ConnectionStrings:Reintegra"] = Database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<Institution> CreateInstitutionAsync(string? name = null, InstitutionKind kind = InstitutionKind.ReceptionCentre, string country = "GT")
    {
        return await WithDbAsync(async db =>
        {
            var institution = new Institution(name ?? $"Centro {Guid.NewGuid():N}"[..20], kind, country, Clock.GetUtcNow().UtcDateTime);
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution;
        });
    }

    public async Task<AppUser> CreateUserAsync(Guid institutionId, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
        var email = $"user-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Test User", InstitutionId = institutionId, CreatedAt = Clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
        return user;
    }

    /// <summary>An API client signed in with a bearer token, as another system would be.</summary>
    public async Task<HttpClient> ClientForAsync(AppUser user, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }

    /// <summary>A new institution with one user holding the given roles, and their API client.</summary>
    public async Task<(Institution Institution, AppUser User, HttpClient Client)> SignedInAsync(params string[] roles)
    {
        var institution = await CreateInstitutionAsync();
        var user = await CreateUserAsync(institution.Id, roles);
        return (institution, user, await ClientForAsync(user));
    }

    private sealed record TokenResponse(string AccessToken);
}
