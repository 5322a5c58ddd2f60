using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Programmes;

/// <summary>
/// Only the submitting institution and the secretariat (once submitted) reach an entry before publication; every
/// endpoint says "not found" to anyone else and changes nothing. Roles without the capability get 403.
/// </summary>
public class CatalogueScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Seeded(CatalogueDriver.Actor Owner, Guid Programme, Guid Practice, Guid Activity);

    private async Task<Seeded> SeedAsync()
    {
        var owner = await app.FocalPointAsync("HN");
        var programme = await owner.CreateProgrammeAsync(CatalogueDriver.Programme("UMAR de San Pedro Sula").With("country", "HN").With("coverage", new[] { "HN05" }));
        var practice = await owner.CreatePracticeAsync(CatalogueDriver.Practice().With("country", "HN").With("programmeId", programme.Id));
        var activity = await (await owner.Client.PostJsonAsync("/api/v1/outreach", OutreachTests.Activity(programme.Id))).ReadAsync<Web.Features.Programmes.ManageOutreach.ActivityView>();
        return new Seeded(owner, programme.Id, practice.Id, activity.Id);
    }

    public static TheoryData<string, string> EntryEndpoints => new()
    {
        { "GET", "/api/v1/programmes/{programme}" },
        { "PUT", "/api/v1/programmes/{programme}" },
        { "GET", "/api/v1/programmes/{programme}/outcomes" },
        { "POST", "/api/v1/programmes/{programme}/submit" },
        { "GET", "/api/v1/practices/{practice}" },
        { "PUT", "/api/v1/practices/{practice}" },
        { "POST", "/api/v1/practices/{practice}/submit" },
        { "GET", "/api/v1/outreach/{activity}" },
        { "PUT", "/api/v1/outreach/{activity}" },
    };

    [Theory]
    [MemberData(nameof(EntryEndpoints))]
    public async Task Another_institutions_focal_point_finds_nothing_through_any_endpoint_and_changes_nothing(string method, string template)
    {
        var seeded = await SeedAsync();
        var stranger = await app.FocalPointAsync("HN");
        var response = await SendAsync(stranger.Client, method, Url(template, seeded), seeded);
        await response.ProblemAsync(404);
        await AssertUnchangedAsync(seeded);
    }

    public static TheoryData<string, string, int> SecretariatBeforeSubmission => new()
    {
        { "GET", "/api/v1/programmes/{programme}", 404 },
        { "PUT", "/api/v1/programmes/{programme}", 404 },
        { "GET", "/api/v1/programmes/{programme}/outcomes", 404 },
        { "POST", "/api/v1/programmes/{programme}/publish", 404 },
        { "POST", "/api/v1/programmes/{programme}/request-changes", 404 },
        { "POST", "/api/v1/programmes/{programme}/submit", 403 },
        { "GET", "/api/v1/practices/{practice}", 404 },
        { "PUT", "/api/v1/practices/{practice}", 404 },
        { "POST", "/api/v1/practices/{practice}/publish", 404 },
        { "POST", "/api/v1/practices/{practice}/request-changes", 404 },
        { "POST", "/api/v1/practices/{practice}/submit", 403 },
        { "GET", "/api/v1/outreach/{activity}", 403 },
    };

    [Theory]
    [MemberData(nameof(SecretariatBeforeSubmission))]
    public async Task The_secretariat_does_not_see_a_draft_before_it_is_submitted(string method, string template, int status)
    {
        var seeded = await SeedAsync();
        var secretariat = await app.SecretariatAsync();
        var response = await SendAsync(secretariat.Client, method, Url(template, seeded), seeded);
        await response.ProblemAsync(status);
        await AssertUnchangedAsync(seeded);
    }

    [Fact]
    public async Task Once_submitted_the_secretariat_may_correct_it_but_another_focal_point_still_may_not()
    {
        var seeded = await SeedAsync();
        await seeded.Owner.StepAsync("programmes", seeded.Programme, "submit");
        var secretariat = await app.SecretariatAsync();
        var stranger = await app.FocalPointAsync("HN");
        var version = (await seeded.Owner.GetProgrammeAsync(seeded.Programme)).Version;

        await (await stranger.Client.PutJsonAsync($"/api/v1/programmes/{seeded.Programme}", CatalogueDriver.Programme("X").With("country", "HN").With("coverage", null).With("version", version))).ProblemAsync(404);
        await (await stranger.Client.PostJsonAsync($"/api/v1/programmes/{seeded.Programme}/publish", new { version })).ProblemAsync(403);
        var corrected = await secretariat.Client.PutJsonAsync($"/api/v1/programmes/{seeded.Programme}",
            CatalogueDriver.Programme("Unidad Municipal de Atención al Migrante Retornado (UMAR), San Pedro Sula").With("country", "HN").With("coverage", new[] { "HN05" }).With("version", version));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.StartsWith("Unidad Municipal", (await seeded.Owner.GetProgrammeAsync(seeded.Programme)).Working.Entry.Title);
    }

    public static TheoryData<string, string, string> RolesWithoutTheCapability => new()
    {
        { Roles.ReceptionOfficer, "GET", "/api/v1/programmes" },
        { Roles.Analyst, "GET", "/api/v1/practices" },
        { Roles.CaseWorker, "POST", "/api/v1/programmes" },
        { Roles.ConferenceSecretariat, "POST", "/api/v1/programmes" },
        { Roles.ConferenceSecretariat, "POST", "/api/v1/practices" },
        { Roles.CountryFocalPoint, "POST", "/api/v1/roadmap/recommendations" },
        { Roles.CountryFocalPoint, "POST", "/api/v1/roadmap/commitments" },
        { Roles.CaseWorker, "GET", "/api/v1/roadmap/recommendations" },
        { Roles.ReceptionOfficer, "GET", "/api/v1/outreach" },
        { Roles.ConferenceSecretariat, "POST", "/api/v1/outreach" },
        { Roles.Administrator, "GET", "/api/v1/programmes" },
    };

    [Theory]
    [MemberData(nameof(RolesWithoutTheCapability))]
    public async Task Roles_without_the_capability_are_refused(string role, string method, string url)
    {
        var (_, _, client) = await app.SignedInAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = JsonContent(CatalogueDriver.Programme());
        }
        await (await client.SendAsync(request)).ProblemAsync(403);
    }

    [Fact]
    public async Task A_focal_point_of_another_institution_cannot_link_an_activity_or_entry_to_a_programme_it_cannot_see()
    {
        var seeded = await SeedAsync();
        var stranger = await app.FocalPointAsync("HN");
        var activity = await stranger.Client.PostJsonAsync("/api/v1/outreach", OutreachTests.Activity(seeded.Programme));
        Assert.NotEmpty((await activity.ProblemAsync(400)).FieldErrors("programmeId"));
        var practice = await stranger.Client.PostJsonAsync("/api/v1/practices", CatalogueDriver.Practice().With("programmeId", seeded.Programme));
        Assert.NotEmpty((await practice.ProblemAsync(400)).FieldErrors("programmeId"));
    }

    [Fact]
    public async Task Lists_show_only_what_the_user_may_see()
    {
        var seeded = await SeedAsync();
        var stranger = await app.FocalPointAsync("HN");
        var programmes = await (await stranger.Client.GetAsync("/api/v1/programmes?scope=review")).ReadAsync<Web.Features.Programmes.CatalogueViews.CardPage>();
        Assert.DoesNotContain(seeded.Programme, programmes.Items.Select(i => i.Id));
        var practices = await (await stranger.Client.GetAsync("/api/v1/practices")).ReadAsync<Web.Features.Programmes.CatalogueViews.CardPage>();
        Assert.DoesNotContain(seeded.Practice, practices.Items.Select(i => i.Id));
        var activities = await (await stranger.Client.GetAsync("/api/v1/outreach")).ReadAsync<Web.Features.Programmes.ManageOutreach.ActivityPage>();
        Assert.Empty(activities.Items);
        var mine = await (await seeded.Owner.Client.GetAsync("/api/v1/programmes")).ReadAsync<Web.Features.Programmes.CatalogueViews.CardPage>();
        Assert.Contains(seeded.Programme, mine.Items.Select(i => i.Id));
    }

    public static TheoryData<string> SignedInEndpoints => new()
    {
        "/api/v1/programmes",
        "/api/v1/practices",
        "/api/v1/roadmap/recommendations",
        "/api/v1/roadmap/commitments",
        "/api/v1/outreach",
    };

    [Theory]
    [MemberData(nameof(SignedInEndpoints))]
    public async Task The_signed_in_side_answers_401_to_an_anonymous_client(string url)
    {
        await (await app.Anonymous().GetAsync(url)).ProblemAsync(401);
    }

    /// <summary>
    /// The public portal is the one deliberate exception to "everything needs a signed-in user" for people: the endpoints
    /// that let anonymous users in are exactly the foundation's and the portal's, plus the assisted-return hand-off
    /// inbox, where another country's instance is authenticated by the signature on its package (ADR 42), not by a user.
    /// </summary>
    [Fact]
    public void Only_the_portal_is_added_to_what_anonymous_users_may_reach()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "").Where(p => !p.Contains('.', StringComparison.Ordinal) || p.Contains("export", StringComparison.Ordinal))
            .Select(p => p.TrimStart('/')).Distinct().Order(StringComparer.Ordinal).ToList();
        var foundation = new[] { "Account/Language", "Account/Login", "Account/Setup", "Error", "api/v1/auth/token", "health", "api/v1/handoffs/inbox" };
        var portal = anonymous.Where(p => p.StartsWith("Portal", StringComparison.Ordinal) || p.StartsWith("api/v1/public/", StringComparison.Ordinal)).ToList();
        Assert.Empty(anonymous.Except(foundation).Except(portal));
        Assert.Contains("Portal", portal);
        Assert.Contains("Portal/Countries/{country}", portal);
        Assert.Contains("api/v1/public/programmes", portal);
        Assert.Contains("api/v1/public/export/{dataset}.{format}", portal);
    }

    private async Task AssertUnchangedAsync(Seeded seeded)
    {
        var programme = await seeded.Owner.GetProgrammeAsync(seeded.Programme);
        Assert.Equal("UMAR de San Pedro Sula", programme.Working.Entry.Title);
        Assert.Equal(EntryStatus.Draft, programme.Working.Entry.Status);
        Assert.Equal(0, programme.Version);
        var practice = await seeded.Owner.GetPracticeAsync(seeded.Practice);
        Assert.Equal(EntryStatus.Draft, practice.Working.Entry.Status);
        Assert.Equal(0, practice.Version);
        var activity = await (await seeded.Owner.Client.GetAsync($"/api/v1/outreach/{seeded.Activity}")).ReadAsync<Web.Features.Programmes.ManageOutreach.ActivityView>();
        Assert.Equal(0, activity.Version);
    }

    private static string Url(string template, Seeded s) => template
        .Replace("{programme}", s.Programme.ToString(), StringComparison.Ordinal)
        .Replace("{practice}", s.Practice.ToString(), StringComparison.Ordinal)
        .Replace("{activity}", s.Activity.ToString(), StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, Seeded s)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            object body = url.Contains("/outreach/", StringComparison.Ordinal) ? OutreachTests.Activity(null).With("version", 0)
                : url.Contains("/practices/", StringComparison.Ordinal) ? CatalogueDriver.Practice("Cambiado").With("version", 0)
                : CatalogueDriver.Programme("Cambiado").With("version", 0).With("note", "x");
            request.Content = JsonContent(body);
        }
        return await client.SendAsync(request);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json.Options), System.Text.Encoding.UTF8, "application/json");
}
