using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Tests.Statistics;

/// <summary>
/// The reintegration figures on the real application and database: case and referral changes made through the API
/// reach the fact tables and the figures, the API, exports and dashboard tab answer analysts only, bad input is refused
/// with a clear message, and no person is ever in a figure. Tests of this class share a database: each compares what it
/// created, never assumes a table is empty, and brings the figures up to date itself.
/// </summary>
public class ReintegrationStatisticsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Figures = "/api/v1/statistics/reintegration";

    /// <summary>Brings the reintegration figures up to date now, as the refresher would within its interval.</summary>
    private async Task CatchUpAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await app.Services.GetRequiredService<ReintegrationStatistics>().CatchUpAsync(db, CancellationToken.None);
    }

    private async Task<ReadReintegrationFigures.Table> ReadAsync(HttpClient client, string query)
    {
        await CatchUpAsync();
        var response = await client.GetAsync($"{Figures}?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<ReadReintegrationFigures.Table>();
    }

    [Fact]
    public async Task Case_and_referral_changes_reach_the_fact_tables()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (returnee, opened) = await office.ReturneeWithCaseAsync(ReceptionDriver.Adult(birth: "1990-02-01").With("sex", "Female").With("originAdm1", "GT13").With("originAdm2", "GT1301"));
        await CatchUpAsync();
        var fact = await app.WithDbAsync(db => db.Set<CaseFactRecord>().AsNoTracking().SingleAsync(f => f.CaseId == opened.CaseId));
        Assert.Equal(Sex.Female, fact.Sex);
        Assert.Equal("GT13", fact.OriginAdm1);
        Assert.Equal(36, fact.AgeAtOpening);
        Assert.Equal(InstitutionKind.ReceptionCentre, fact.InstitutionKind);
        Assert.Null(fact.FirstReferralAt);
        Assert.Null(fact.ClosedAt);

        await office.CaseWorker.ConsentAsync(opened.CaseId);
        var referral = await office.CaseWorker.ReferAsync(opened.CaseId, provider.ServiceId);
        await provider.Client.AnswerAsync(referral.ReferralId, "accept");
        await provider.Client.AnswerAsync(referral.ReferralId, "complete", "Colocado como albañil");
        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);
        var close = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{opened.CaseId}/close", new { reason = "Remigrated", version = c.Version });
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        await CatchUpAsync();

        var (caseFact, referralFact, sentAt, queued) = await app.WithDbAsync(async db => (
            await db.Set<CaseFactRecord>().AsNoTracking().SingleAsync(f => f.CaseId == opened.CaseId),
            await db.Set<ReferralFactRecord>().AsNoTracking().SingleAsync(f => f.ReferralId == referral.ReferralId),
            await db.Referrals.Where(r => r.Id == referral.ReferralId).Select(r => r.SentAt).SingleAsync(),
            await db.Set<ReintegrationChange>().CountAsync(q => q.PersonId == returnee.PersonId)));
        Assert.Equal(CaseClosureReason.Remigrated, caseFact.ClosureReason);
        Assert.NotNull(caseFact.ClosedAt);
        Assert.Equal(sentAt, caseFact.FirstReferralAt);
        Assert.Equal(ServiceCategory.Employment, referralFact.Category);
        Assert.Equal(ReferralStatus.Completed, referralFact.Status);
        Assert.Equal(Sex.Female, referralFact.Sex);
        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task An_institution_that_changes_kind_moves_its_cases_in_the_figures()
    {
        var office = await app.OfficeAsync();
        var (_, opened) = await office.ReturneeWithCaseAsync();
        await CatchUpAsync();
        Assert.Equal(InstitutionKind.ReceptionCentre, await app.WithDbAsync(db => db.Set<CaseFactRecord>().Where(f => f.CaseId == opened.CaseId).Select(f => f.InstitutionKind).SingleAsync()));

        await app.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == office.Institution.Id);
            institution.Update(institution.Name, InstitutionKind.MunicipalOffice, institution.CountryCode, institution.Adm1PCode, institution.IsActive);
            return await db.SaveChangesAsync();
        });
        await CatchUpAsync();

        Assert.Equal(InstitutionKind.MunicipalOffice, await app.WithDbAsync(db => db.Set<CaseFactRecord>().Where(f => f.CaseId == opened.CaseId).Select(f => f.InstitutionKind).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReintegrationChange>().CountAsync(q => q.PersonId == ReintegrationChange.Everyone)));
    }

    [Fact]
    public async Task Every_save_of_a_case_queues_its_person_in_the_same_transaction()
    {
        var office = await app.OfficeAsync();
        var ret = await office.Reception.RegisterAsync(ReceptionDriver.Adult());
        var (queuedBefore, casesBefore) = await app.WithDbAsync(async db => (
            await db.Set<ReintegrationChange>().CountAsync(q => q.PersonId == ret.PersonId), await db.Cases.CountAsync(x => x.PersonId == ret.PersonId)));

        // A case refused (no such return) saves nothing and queues nothing.
        var refused = await office.CaseWorker.PostJsonAsync("/api/v1/cases", new { personId = ret.PersonId, returnEventId = Guid.NewGuid() });
        Assert.False(refused.IsSuccessStatusCode);
        var queuedAfterRefusal = await app.WithDbAsync(db => db.Set<ReintegrationChange>().CountAsync(q => q.PersonId == ret.PersonId));

        // Opening the case: the case and its queue entry are written together (checked inside one transaction of the test database).
        var opened = await office.CaseWorker.OpenCaseAsync(ret.PersonId, ret.ReturnId);
        var together = await app.WithDbAsync(async db =>
            await db.Cases.AnyAsync(x => x.Id == opened.CaseId) && (await db.Set<ReintegrationChange>().AnyAsync(q => q.PersonId == ret.PersonId)
                || await db.Set<CaseFactRecord>().AnyAsync(f => f.CaseId == opened.CaseId)));

        Assert.Equal(0, casesBefore);
        Assert.Equal(queuedBefore, queuedAfterRefusal);
        Assert.True(together, "the case was saved but neither queued nor counted");
    }

    public static TheoryData<string, HttpStatusCode> RolesAndAnswers => new()
    {
        { Roles.Analyst, HttpStatusCode.OK },
        { Roles.Supervisor, HttpStatusCode.OK },
        { Roles.Administrator, HttpStatusCode.OK },
        { Roles.ReceptionOfficer, HttpStatusCode.Forbidden },
        { Roles.CaseWorker, HttpStatusCode.Forbidden },
        { Roles.Auditor, HttpStatusCode.Forbidden },
        { Roles.ServiceProvider, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(RolesAndAnswers))]
    public async Task Each_role_reads_the_reintegration_figures_as_the_policy_says(string role, HttpStatusCode expected)
    {
        await CatchUpAsync();
        var (_, _, client) = await app.SignedInAsync(role);
        foreach (var url in new[] { $"{Figures}?period=2026", $"{Figures}/export?period=2026&format=csv", $"{Figures}/dimensions" })
        {
            var response = await client.GetAsync(url);
            Assert.True(expected == response.StatusCode, $"{role} {url}: {(int)response.StatusCode}");
        }
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Figures}?period=2026")).StatusCode);
    }

    [Theory]
    [InlineData("measure=rss", "measure")]
    [InlineData("measure=casesOpened&by=closureReason", "by")]
    [InlineData("measure=casesOpened&closureReason=PlanCompleted", "closureReason")]
    [InlineData("measure=referrals&serviceCategory=Employment&outcome=Completed", "outcome")]
    [InlineData("measure=referrals&outcome=%00", "outcome")]
    [InlineData("measure=casesClosed&period=2026-Q5", "period")]
    [InlineData("measure=casesClosed&format=pdf", "format")]
    public async Task Bad_queries_get_a_clear_localised_error(string query, string field)
    {
        await CatchUpAsync();
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        var url = query.Contains("format", StringComparison.Ordinal) ? $"{Figures}/export?{query}" : $"{Figures}?{query}";

        var problem = await (await analyst.GetAsync(url)).ProblemAsync(400);

        var messages = problem["errors"]?[field]?.AsArray();
        Assert.True(messages is { Count: > 0 }, $"{url}: {problem.ToJsonString()}");
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m?.GetValue<string>())));
    }

    [Fact]
    public async Task Exports_carry_hxl_tags_and_no_person_and_the_dashboard_tab_and_bulletin_show_the_figures()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Health);
        var people = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var (returnee, opened) = await office.ReturneeWithCaseAsync();
            people.Add(returnee.PersonId);
            await office.CaseWorker.ConsentAsync(opened.CaseId);
            await office.CaseWorker.ReferAsync(opened.CaseId, provider.ServiceId);
        }
        var analystUser = await app.CreateUserAsync(office.Institution.Id, Roles.Analyst);
        var analyst = await app.ClientForAsync(analystUser);
        await CatchUpAsync();

        var csv = await (await analyst.GetAsync($"{Figures}/export?measure=referrals&period=2026-11&by=serviceCategory&format=csv&hxl=true")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("#date+period,#meta+code+servicecategory,#meta+name+servicecategory,#indicator+referrals+num+ind,#indicator+referrals+num+f", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",Health,", StringComparison.Ordinal));
        var xlsx = await analyst.GetAsync($"{Figures}/export?measure=daysToFirstReferral&period=2026&by=ageGroup&format=xlsx&hxl=true");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("days-to-first-referral-2026-ageGroup.xlsx", xlsx.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var dimensions = await (await analyst.GetAsync($"{Figures}/dimensions")).Content.ReadAsStringAsync();
        Assert.Contains("\"closureReason\"", dimensions, StringComparison.Ordinal);

        var pages = await app.SignInToPagesAsync(analystUser);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync("/Statistics/Reintegration?measure=referrals&period=2026-Q4&filter=serviceCategory%3AHealth&by=outcome"));
        Assert.Contains("data-testid=\"chart-reintegration-months\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-reintegration-breakdown\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-outcome\"", html, StringComparison.Ordinal);
        Assert.Contains("Referencias", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/statistics/reintegration/export?measure=referrals&period=2026-Q4&serviceCategory=Health&by=outcome&format=csv&hxl=true", html, StringComparison.Ordinal);
        Assert.Matches("<option[^>]*value=\"serviceCategory:Health\"[^>]*selected", html);
        var bad = WebUtility.HtmlDecode(await pages.GetStringAsync("/Statistics/Reintegration?measure=casesOpened&by=outcome"));
        Assert.Contains("Esta cifra no se puede filtrar ni desglosar así.", bad, StringComparison.Ordinal);
        var bulletin = WebUtility.HtmlDecode(await pages.GetStringAsync("/Statistics/Bulletin?month=2026-11"));
        Assert.Contains("data-testid=\"bulletin-reintegration\"", bulletin, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-closureReason\"", bulletin, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-serviceCategory\"", bulletin, StringComparison.Ordinal);
        var english = await app.ClientForAsync(analystUser, "en");
        var table = await (await english.GetAsync($"{Figures}?measure=referrals&period=2026-11&by=outcome")).ReadAsync<ReadReintegrationFigures.Table>();
        Assert.Equal("Open (sent, accepted or in progress)", table.Figures.Rows.Single(r => r.Code == "Pending").Label);

        foreach (var body in new[] { csv, html, bulletin, dimensions })
        {
            foreach (var person in people)
            {
                Assert.DoesNotContain(person.ToString(), body, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain("/People/", body, StringComparison.Ordinal);
            Assert.DoesNotContain("/Cases/", body, StringComparison.Ordinal);
        }
        // The analyst cannot open the cases behind the figures.
        var caseId = await app.WithDbAsync(db => db.Cases.Where(x => x.PersonId == people[0]).Select(x => x.Id).SingleAsync());
        var denied = await analyst.GetAsync($"/api/v1/cases/{caseId}");
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)denied.StatusCode}");
    }
}
