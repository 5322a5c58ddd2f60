using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Account;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// The whole application over the bench database, in process (TestServer): cookie sign-in of an analyst, then the
/// dashboard page (<c>GET /Statistics?...</c>: authorisation, the figures, Razor rendering) timed request by request,
/// next to the engine figure. The application loads its own figures from the fact table at start, as in production.
/// (The factory is keyed by a type of the application's assembly: the bench's own top-level Program shadows the application's.)
/// </summary>
internal sealed partial class DashboardHost(BenchDatabase db) : WebApplicationFactory<ReturnStatistics>
{
    private const string Password = "Bench-Password-2026";

    /// <summary>The application's folder in the repository (its content root), found from the bench's output folder.</summary>
    private static string ApplicationFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Reintegra.Web");
            if (File.Exists(Path.Combine(candidate, "Reintegra.Web.csproj")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("src/Reintegra.Web not found above " + AppContext.BaseDirectory);
    }

    // The content root is the application's folder; the factory reads it from ASPNETCORE_TEST_CONTENTROOT_<ASSEMBLY>
    // (its own guess assumes a test project beside the application), so it is set before the host is built.
    private readonly bool _contentRoot = SetContentRootVariable();

    private static bool SetContentRootVariable()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REINTEGRA_WEB", ApplicationFolder());
        return true;
    }

    public bool HasContentRoot => _contentRoot;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.IsPostgres ? "postgres" : "sqlite",
            ["Database:MigrateOnStartup"] = "false",
            ["ConnectionStrings:Reintegra"] = db.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    /// <summary>Starts the application and waits until its figures are loaded; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync()
    {
        var clock = Stopwatch.StartNew();
        await Services.GetRequiredService<ReturnStatistics>().WhenReady(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(30));
        return clock.Elapsed;
    }

    /// <summary>An analyst signed in to the pages with a cookie, as a browser would be.</summary>
    public async Task<HttpClient> AnalystAsync()
    {
        using (var scope = Services.CreateScope())
        {
            var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
            var email = $"analyst-{Guid.NewGuid():N}@example.org";
            await firstRun.CreateAdministratorAsync(new("Instituto Nacional de Estadística", "GT", "Analista", email, Password));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("no user");
            await users.AddToRoleAsync(user, Roles.Analyst);
            var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var form = await client.GetStringAsync("/Account/Login");
            var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = Password,
                ["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value,
            }));
            if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
            }
            return client;
        }
    }

    /// <summary>The dashboard address of a question (its one filter as the page's "field:code" select).</summary>
    public static string Url(ReadReturnFigures.Query q)
    {
        var filter = new (string Field, string? Code)[]
        {
            (ReturnSchema.ReturnedFrom, q.ReturnedFrom), (ReturnSchema.Mode, q.Mode), (ReturnSchema.Category, q.Category), (ReturnSchema.AgeGroup, q.AgeGroup),
            (ReturnSchema.Origin, q.Origin), (ReadReturnFigures.ByVulnerability, q.Vulnerability), (ReturnSchema.Repeat, q.Repeat),
        }.FirstOrDefault(f => f.Code is not null);
        return "/Statistics?" + StatisticsOptions.QueryString(q.Period, q.Sex, filter.Code is null ? null : filter.Field + ":" + filter.Code, q.By);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
