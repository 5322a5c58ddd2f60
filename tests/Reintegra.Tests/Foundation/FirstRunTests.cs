using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Account;
using Reintegra.Web.Web;

namespace Reintegra.Tests.Foundation;

public class FirstRunTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Setup_page_exists_only_until_an_administrator_does_and_creates_no_default_password()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Account/Setup", login.Headers.Location!.OriginalString);
        var setup = await client.GetAsync("/Account/Setup", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
            var weak = await Assert.ThrowsAsync<InputValidationException>(() => firstRun.CreateAdministratorAsync(new("Ministerio", "GT", "Ana Pérez", "ana@example.org", "short")));
            Assert.True(weak.Errors.ContainsKey("password"));
            await firstRun.CreateAdministratorAsync(new("Ministerio de Relaciones Exteriores", "GT", "Ana Pérez", "ana@example.org", "Una-Clave-Larga-1"));
            await Assert.ThrowsAsync<DomainException>(() => firstRun.CreateAdministratorAsync(new("Otro", "GT", "Intruso", "x@example.org", "Una-Clave-Larga-2")));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.Single(await users.GetUsersInRoleAsync(Roles.Administrator));
        }

        var gone = await client.GetAsync("/Account/Setup", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var token = await client.PostJsonAsync("/api/v1/auth/token", new { email = "ana@example.org", password = "Una-Clave-Larga-1" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}
