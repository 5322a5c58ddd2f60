using Reintegra.Web.Data;
using Reintegra.Web.Features.Account;

namespace Reintegra.Web.Web;

/// <summary>What happens once before the first request: migrations, roles, the first administrator if configured, demo data if asked.</summary>
public static class Startup
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var config = app.Configuration;
        var log = app.Logger;
        await DatabaseSetup.MigrateAsync(app.Services, config, force: false);

        using var scope = app.Services.CreateScope();
        var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
        await firstRun.EnsureRolesAsync();

        var email = config["Admin:Email"] ?? Environment.GetEnvironmentVariable("REINTEGRA_ADMIN_EMAIL");
        var password = config["Admin:Password"] ?? Environment.GetEnvironmentVariable("REINTEGRA_ADMIN_PASSWORD");
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password) && !await firstRun.AdministratorExistsAsync())
        {
            await firstRun.CreateAdministratorAsync(new FirstRun.AdminInput(
                config["Admin:Institution"] ?? "Administración de Reintegra",
                config["Admin:Country"] ?? Environment.GetEnvironmentVariable("REINTEGRA_COUNTRY") ?? "GT",
                config["Admin:FullName"] ?? "Administrador",
                email,
                password));
            log.LogInformation("Created the first administrator from the command line or environment");
        }
        else if (!await firstRun.AdministratorExistsAsync())
        {
            log.LogWarning("No administrator exists yet: open /Account/Setup in a browser to create one");
        }

        if (config.GetValue("Demo:Enabled", false))
        {
            await scope.ServiceProvider.GetRequiredService<Features.Demo.DemoData>().LoadAsync(app.Lifetime.ApplicationStopping);
        }
    }
}
