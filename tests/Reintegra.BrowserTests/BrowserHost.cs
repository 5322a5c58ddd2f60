using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Features.Account;

namespace Reintegra.BrowserTests;

/// <summary>
/// The application on real Kestrel (a loopback port) over a real database, driven by Debian's Chromium through
/// Playwright. One host and one browser per test class.
/// </summary>
public sealed class BrowserHost : AppFactory
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Generous waits: CI machines have two cores shared with compilers and a database, where a page that takes 50 ms
    /// on a quiet machine can take seconds. A real failure still fails, only later.
    /// </summary>
    static BrowserHost() => Assertions.SetDefaultExpectTimeout(20_000);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StartAsync();
        // Until an administrator exists, sign-in leads to the first-run page.
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FirstRun>().CreateAdministratorAsync(
            new("Ministerio de Relaciones Exteriores", "GT", "Administración", "admin@example.org", Password));
    }

    private async Task StartAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "es-GT", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await base.DisposeAsync();
    }
}
