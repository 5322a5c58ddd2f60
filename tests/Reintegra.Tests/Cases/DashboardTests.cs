using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Tests.Cases;

/// <summary>The case worker's dashboard (tasks by due date, overdue first; referral follow-through) and bad input on case endpoints.</summary>
public class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Tasks_come_by_due_date_overdue_first_and_referral_answers_stay_until_followed_up()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (_, older) = await office.ReturneeWithCaseAsync(ReceptionDriver.Adult("Wilmer", "Xicará", "Tzoc", "1993-04-10").With("documents", Array.Empty<object>()));
        await office.CaseWorker.ConsentAsync(older.CaseId);
        var waiting = await office.CaseWorker.ReferAsync(older.CaseId, provider.ServiceId);
        var declined = await office.CaseWorker.ReferAsync(older.CaseId, provider.ServiceId);
        var completed = await office.CaseWorker.ReferAsync(older.CaseId, provider.ServiceId);
        await provider.Client.AnswerAsync(declined.ReferralId, "decline", "Sin cupo este mes");
        await provider.Client.AnswerAsync(completed.ReferralId, "accept");
        await provider.Client.AnswerAsync(completed.ReferralId, "complete", "Orientación laboral y hoja de vida");

        app.Clock.Advance(TimeSpan.FromDays(20));
        office = await app.SignInAgainAsync(office);
        var (_, newer) = await office.ReturneeWithCaseAsync();

        var d = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Equal(2, d.OpenCases);
        Assert.Equal(
            [(CaseTaskKind.Assessment, older.CaseId, true), (CaseTaskKind.Plan, older.CaseId, false), (CaseTaskKind.Assessment, newer.CaseId, false), (CaseTaskKind.Plan, newer.CaseId, false)],
            d.Tasks.Select(t => (t.Kind, t.CaseId, t.Overdue)));
        Assert.Equal(1, d.Overdue);
        Assert.Equal("Wilmer Xicará", d.Tasks[0].PersonName);
        Assert.Equal(waiting.ReferralId, Assert.Single(d.Referrals.PendingTooLong).Id);
        Assert.Equal(20, d.Referrals.PendingTooLong[0].DaysInState);
        var no = Assert.Single(d.Referrals.Declined);
        Assert.Equal("Sin cupo este mes", no.StatusReason);
        Assert.Equal(completed.ReferralId, Assert.Single(d.Referrals.Completed).Id);

        // Listing people is itself an audit entry.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Listed && a.EntityType == "Dashboard" && a.UserId == office.CaseWorkerUser.Id)));

        var stillOpen = await office.CaseWorker.PostJsonAsync($"/api/v1/referrals/{waiting.ReferralId}/followed-up", new { version = 1 });
        Assert.Equal("Referral.StillOpen", (string?)(await stillOpen.ProblemAsync(409))["code"]);
        var ack = await office.CaseWorker.PostJsonAsync($"/api/v1/referrals/{completed.ReferralId}/followed-up", new { version = d.Referrals.Completed[0].Version });
        Assert.Equal(HttpStatusCode.NoContent, ack.StatusCode);
        d = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Empty(d.Referrals.Completed);
        Assert.Single(d.Referrals.Declined);

        // Another case worker of the same office has none of these tasks; the supervisor sees them for the team.
        var colleague = await app.ClientForAsync(await app.CreateUserAsync(office.Institution.Id, Roles.CaseWorker));
        Assert.Empty((await (await colleague.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>()).Tasks);
        Assert.False((await (await colleague.GetAsync("/api/v1/cases/dashboard?team=true")).ReadAsync<Dashboard.Result>()).Team);
        var team = await (await office.Supervisor.GetAsync("/api/v1/cases/dashboard?team=true")).ReadAsync<Dashboard.Result>();
        Assert.True(team.Team);
        Assert.Equal(4, team.Tasks.Count);
    }

    [Theory]
    [InlineData("{\"personId\": ")]
    [InlineData("not json")]
    [InlineData("{\"personId\": 12}")]
    [InlineData("{\"childStatus\": \"Robot\"}")]
    [InlineData("{\"members\": \"todos\"}")]
    public async Task Malformed_case_input_gets_a_400_problem(string body)
    {
        var office = await app.OfficeAsync();
        var response = await office.CaseWorker.PostAsync("/api/v1/cases", new StringContent(body, Encoding.UTF8, "application/json"));
        await response.ProblemAsync(400);
    }

    [Fact]
    public async Task Bad_input_on_case_endpoints_is_reported_per_field_and_changes_nothing()
    {
        var office = await app.OfficeAsync();
        var (_, opened) = await office.ReturneeWithCaseAsync();
        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);

        var consent = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/consents", new
        {
            dataCollection = false,
            sharingWith = new[] { "Employment" },
            givenBy = "Proxy",
            proxyName = "Juana\u0007Pérez",
            givenOn = "2031-01-01",
            notes = new string('n', 1500),
            version = c.Version,
        });
        var p = await consent.ProblemAsync(400);
        foreach (var field in new[] { "dataCollection", "proxyName", "proxyRelationship", "givenOn", "notes" })
        {
            Assert.NotEmpty(p.FieldErrors(field));
        }
        var unknownCategory = await office.CaseWorker.PostAsync($"/api/v1/cases/{c.Id}/consents",
            new StringContent("{\"sharingWith\": [\"Astrology\"], \"givenBy\": \"Person\"}", Encoding.UTF8, "application/json"));
        await unknownCategory.ProblemAsync(400);

        var ratings = CaseDriver.Ratings();
        ratings.Remove(AssessmentItem.Debt);
        var assessment = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/assessments", new
        {
            // Future whatever the class's other tests did to the shared clock (one moves it 20 days on).
            assessedOn = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ratings,
            occupations = new[] { new { iscoCode = "71", period = "Abroad" }, new { iscoCode = "9999", period = "Abroad" } },
            version = c.Version,
        });
        p = await assessment.ProblemAsync(400);
        Assert.Equal("La fecha no puede ser futura.", p.FieldErrors("assessedOn").Single());
        Assert.NotEmpty(p.FieldErrors("ratings[Debt]"));
        Assert.NotEmpty(p.FieldErrors("occupations[0].iscoCode"));
        Assert.NotEmpty(p.FieldErrors("occupations[1].iscoCode"));

        var action = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/plan/actions", new
        {
            dimension = "Economic",
            level = "Global",
            kind = "CashGrant",
            description = "",
            amount = 10.555m,
        });
        await action.ProblemAsync(400);
        var action2 = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/plan/actions", new
        {
            dimension = "Economic",
            level = "Individual",
            kind = "Referral",
            description = "Salud",
            amount = 10m,
            targetDate = "2040-01-01",
        });
        p = await action2.ProblemAsync(400);
        Assert.NotEmpty(p.FieldErrors("amount"));
        Assert.NotEmpty(p.FieldErrors("serviceCategory"));
        Assert.NotEmpty(p.FieldErrors("targetDate"));

        var close = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/close", new { reason = "Other", version = c.Version });
        Assert.NotEmpty((await close.ProblemAsync(400)).FieldErrors("note"));
        var noVersion = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/move", new { to = "Assessment" });
        Assert.NotEmpty((await noVersion.ProblemAsync(400)).FieldErrors("version"));

        var after = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(c.Version, after.Version);
        Assert.Null(after.Consent);
        Assert.Empty(after.Assessments);
        Assert.Null(after.Plan);
        Assert.Equal(CaseStatus.Open, after.Status);

        var twice = await office.CaseWorker.PostJsonAsync("/api/v1/cases", new { personId = c.Person.Id });
        Assert.Equal("Case.AlreadyOpen", (string?)(await twice.ProblemAsync(409))["code"]);
        var english = await app.ClientForAsync(office.CaseWorkerUser, "en");
        var twiceEn = await english.PostJsonAsync("/api/v1/cases", new { personId = c.Person.Id });
        Assert.Equal("This person already has an open case at your institution.", (string?)(await twiceEn.ProblemAsync(409))["detail"]);
    }
}
