using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Foundation;

public class FoundationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_answers_without_signing_in()
    {
        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/arrivals")]
    [InlineData("/api/v1/persons?q=garcia")]
    [InlineData("/api/v1/reference/countries")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_calls_without_a_signed_in_user_get_401_problem_details(string url)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        await response.ProblemAsync(401);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Reception/Arrivals")]
    [InlineData("/People")]
    [InlineData("/api-docs")]
    public async Task Pages_without_a_signed_in_user_redirect_to_login(string url)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations_of_this_provider()
    {
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, $"Run eng/add-migration.sh: the {app.Database.Provider} migrations are behind the model.");
    }

    [Fact]
    public async Task Repeated_failed_logins_lock_the_account_even_for_the_right_password()
    {
        var institution = await app.CreateInstitutionAsync();
        var user = await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "wrong-password-1A" });
            await wrong.ProblemAsync(i < 4 ? 401 : 423);
        }
        var right = await client.PostJsonAsync("/api/v1/auth/token", new { email = user.Email, password = AppFactory.Password });
        var problem = await right.ProblemAsync(423);
        Assert.Contains("bloqueada", (string)problem["title"]!);

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == user.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.LockedOut, audited);
        Assert.Contains(AuditActions.SignInFailed, audited);
    }

    [Fact]
    public async Task The_audit_trail_refuses_updates_and_deletes_in_the_database_itself()
    {
        var (_, user, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);
        await app.WithDbAsync(async db =>
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserId == user.Id));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"Action\" = 'x'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditTrail\""));
            return true;
        });
        var stillThere = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == user.Id && a.Action == AuditActions.SignedIn));
        Assert.Equal(1, stillThere);
    }

    [Fact]
    public async Task Api_errors_speak_the_callers_language()
    {
        var (_, user, _) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var english = await app.ClientForAsync(user, "en");
        var spanish = await app.ClientForAsync(user);
        var body = ReceptionDriver.Adult().With("firstSurname", "");
        var en = await (await english.PostJsonAsync("/api/v1/returns", body)).ProblemAsync(400);
        var es = await (await spanish.PostJsonAsync("/api/v1/returns", body)).ProblemAsync(400);
        Assert.Equal("This field is required.", en.FieldErrors("firstSurname").Single());
        Assert.Equal("Este campo es obligatorio.", es.FieldErrors("firstSurname").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_for_a_signed_in_client()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var doc = await (await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).NodeAsync();
        Assert.Equal("Reintegra API", (string)doc["info"]!["title"]!);
        Assert.NotNull(doc["paths"]!["/api/v1/returns"]);
        Assert.NotNull(doc["paths"]!["/api/v1/arrivals/{id}/manifest"]);
    }
}
