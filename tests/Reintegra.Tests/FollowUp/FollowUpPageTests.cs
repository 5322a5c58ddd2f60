using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.FollowUp;

/// <summary>The survey form and the case's follow-up page, as a case worker uses them.</summary>
public class FollowUpPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_case_worker_fills_in_the_survey_form_and_sees_the_scores_bad_answers_stay_on_the_form()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 95);
        var pages = await app.SignInToPagesAsync(office.CaseWorkerUser);
        var form = await pages.GetStringAsync($"/Cases/{c.CaseId}/FollowUp/Survey");
        Assert.Contains("¿Qué tan satisfecho o satisfecha está con su situación económica actual?", form);
        Assert.Contains("Prefiere no responder", form);

        var fields = new Dictionary<string, string>
        {
            ["Input.SurveyedOn"] = app.Today(),
            ["Input.Mode"] = "InPerson",
            ["Input.Version"] = (await office.CaseWorker.GetCaseAsync(c.CaseId)).Version.ToString(),
        };
        foreach (var (q, code) in FollowUpDriver.Answers(best: true))
        {
            fields[$"Input.Answers[{q}]"] = code;
        }
        fields["Input.Answers[2]"] = "Siempre";
        var bad = await pages.PostFormAsync($"/Cases/{c.CaseId}/FollowUp/Survey", $"/Cases/{c.CaseId}/FollowUp/Survey", new(fields));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Opción desconocida", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<FollowUpSurvey>().CountAsync(s => s.CaseId == c.CaseId)));

        fields["Input.Answers[2]"] = "Never";
        var ok = await pages.PostFormAsync($"/Cases/{c.CaseId}/FollowUp/Survey", $"/Cases/{c.CaseId}/FollowUp/Survey", fields);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal($"/Cases/{c.CaseId}/FollowUp", ok.Headers.Location!.OriginalString);
        var page = await pages.GetStringAsync($"/Cases/{c.CaseId}/FollowUp");
        Assert.Contains("data-testid=\"chart-scores\"", page);
        Assert.Contains("rss-mimosa-2023.1", page);
        Assert.Contains(1.0.ToString("0.00", new System.Globalization.CultureInfo("es")), page);
        Assert.Contains("Hecha el", page);

        var other = await app.OfficeAsync();
        var stranger = await app.SignInToPagesAsync(other.CaseWorkerUser);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Cases/{c.CaseId}/FollowUp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Cases/{c.CaseId}/FollowUp/Survey")).StatusCode);
    }
}
