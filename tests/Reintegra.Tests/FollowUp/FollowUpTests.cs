using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.FollowUp.Scoring;

namespace Reintegra.Tests.FollowUp;

/// <summary>Follow-up surveys through the API: schedule and dashboard, scoring with the spec version, changes, closing with an evaluation.</summary>
public class FollowUpTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> SurveysAsync(Guid caseId) => app.WithDbAsync(db => db.Set<FollowUpSurvey>().CountAsync(s => s.CaseId == caseId));

    [Fact]
    public async Task A_due_survey_shows_on_the_dashboard_and_recording_it_scores_it_with_the_spec_version_and_completes_the_round()
    {
        var office = await app.OfficeAsync();
        var (ret, c) = await app.ReturneeArrivedAsync(office, daysAgo: 100);

        var dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        var task = Assert.Single(dashboard.Tasks, t => t.Kind == CaseTaskKind.Survey);
        Assert.Equal(c.CaseId, task.CaseId);
        Assert.True(task.Overdue);
        var plan = await office.CaseWorker.FollowUpAsync(c.CaseId);
        Assert.Equal([3, 6, 12], plan.Rounds.Select(r => r.Months));
        Assert.Equal(plan.Baseline.AddMonths(3), task.DueOn);
        Assert.All(plan.Rounds, r => Assert.False(r.Done));

        var result = await office.CaseWorker.SurveyAsync(app, c.CaseId, FollowUpDriver.Answers(best: true));
        Assert.True(result.Scored);
        Assert.Equal(3, result.Round);
        Assert.Equal("rss-mimosa-2023.1", result.SpecVersion);
        Assert.Equal(1.0, result.Scores.Composite);
        Assert.Equal(1.0, result.Scores.Economic);

        dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.DoesNotContain(dashboard.Tasks, t => t.Kind == CaseTaskKind.Survey && t.CaseId == c.CaseId);
        plan = await office.CaseWorker.FollowUpAsync(c.CaseId);
        Assert.True(plan.Rounds[0].Done);
        Assert.False(plan.Rounds[1].Done);
        var row = Assert.Single(plan.Surveys);
        Assert.Equal("rss-mimosa-2023.1", row.SpecVersion);

        // The spec is stored once with its hash; the survey points at it; reading and recording are audited.
        var spec = RssSpec.Shipped();
        var stored = await app.WithDbAsync(db => db.Set<RssSpecVersion>().SingleAsync(v => v.Sha256 == spec.Sha256));
        Assert.Equal(spec.Version, stored.Version);
        Assert.Equal(stored.Id, await app.WithDbAsync(db => db.Set<FollowUpSurvey>().Where(s => s.Id == result.SurveyId).Select(s => s.SpecVersionId).SingleAsync()));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == ret.PersonId && a.EntityType == nameof(FollowUpSurvey)).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.Created, audit);
        Assert.Contains(AuditActions.Viewed, audit);
    }

    [Fact]
    public async Task A_later_survey_shows_what_changed_and_an_incomplete_one_is_kept_without_scores()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 200);
        await office.CaseWorker.SurveyAsync(app, c.CaseId, FollowUpDriver.Answers(best: false));
        var better = FollowUpDriver.Answers(best: false);
        better[7] = "Yes";
        better[1] = "Satisfied";
        var second = await office.CaseWorker.SurveyAsync(app, c.CaseId, better);
        Assert.Equal(6, second.Round);
        // Working (E7: wD 0.10, wC 0.03) and satisfied (E1: 0.75 × wD 0.15, wC 0.05).
        Assert.Equal(0.2125, second.Scores.Economic!.Value, 4);
        Assert.Equal(0.0675, second.Scores.Composite!.Value, 4);

        var f = await office.CaseWorker.FollowUpAsync(c.CaseId);
        var change = f.LastChange!;
        Assert.Equal(0.2125, change.Economic!.Value, 4);
        Assert.Equal(0, change.Social!.Value, 4);
        Assert.Equal([1, 7], change.Answers.Select(a => a.Question));
        Assert.Equal(("VeryDissatisfied", "Satisfied"), (change.Answers[0].Before, change.Answers[0].After));

        var partial = FollowUpDriver.Answers(best: true);
        foreach (var q in new[] { 1, 2, 3 })
        {
            partial.Remove(q);
        }
        var third = await office.CaseWorker.SurveyAsync(app, c.CaseId, partial);
        Assert.False(third.Scored);
        Assert.Null(third.Scores.Economic);
        Assert.Null(third.Scores.Composite);
        Assert.Equal(1.0, third.Scores.Social);
        Assert.Null(third.Round); // the 12-month round is not due yet: an extra survey
        f = await office.CaseWorker.FollowUpAsync(c.CaseId);
        Assert.Equal(3, f.Surveys.Count);
        Assert.False(f.Surveys[^1].Scored);
        Assert.Null(f.LastChange!.Composite);
    }

    [Fact]
    public async Task Bad_input_gets_localized_field_errors_and_writes_nothing()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 95);
        var answers = FollowUpDriver.Answers();
        answers[4] = "Siempre";
        answers[41] = "Yes";
        var future = app.Clock.GetUtcNow().AddDays(3).ToString("yyyy-MM-dd");
        var problem = await (await office.CaseWorker.PostSurveyAsync(c.CaseId, answers, future)).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("answers[4]"));
        Assert.NotEmpty(problem.FieldErrors("answers"));
        Assert.NotEmpty(problem.FieldErrors("surveyedOn"));

        var english = await app.ClientForAsync(office.CaseWorkerUser, "en");
        var missing = await (await english.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys", new { answers = new { } })).ProblemAsync(400);
        Assert.Equal("This field is required.", Assert.Single(missing.FieldErrors("surveyedOn")));
        Assert.NotEmpty(missing.FieldErrors("mode"));
        Assert.NotEmpty(missing.FieldErrors("version"));
        var spanish = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys", new { answers = new { } })).ProblemAsync(400);
        Assert.NotEqual("This field is required.", Assert.Single(spanish.FieldErrors("surveyedOn")));

        foreach (var body in new[] { "{\"mode\": \"Carrier pigeon\"}", "{\"answers\": \"todas\"}", "{\"answers\": {\"uno\": \"Yes\"}}", "not json", "{\"mode\": 7" })
        {
            await (await office.CaseWorker.PostAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys", new StringContent(body, Encoding.UTF8, "application/json"))).ProblemAsync(400);
        }
        var close = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/close", new { reason = "Unreachable", version = 1 })).ProblemAsync(400);
        Assert.NotEmpty(close.FieldErrors("summary"));

        Assert.Equal(0, await SurveysAsync(c.CaseId));
        Assert.Equal(CaseStatus.Open, (await office.CaseWorker.GetCaseAsync(c.CaseId)).Status);
    }

    [Fact]
    public async Task Without_consent_to_follow_up_contact_or_with_a_stale_version_nothing_is_recorded()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 95, consent: false);
        var refused = await (await office.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today())).ProblemAsync(409);
        Assert.Equal("FollowUp.NoFollowUpConsent", (string?)refused["code"]);

        var consented = await office.CaseWorker.ConsentAsync(c.CaseId);
        var stale = await office.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today(), version: consented.Version - 1);
        await stale.ProblemAsync(409);
        Assert.Equal(0, await SurveysAsync(c.CaseId));
    }

    [Fact]
    public async Task A_child_is_surveyed_only_with_a_parent_or_guardian_present()
    {
        var office = await app.OfficeAsync();
        var child = ReceptionDriver.Adult("Brayan Alexander", "Pop", "Tzul", "2011-02-20").With("childStatus", "Unaccompanied").With("documents", Array.Empty<object>());
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 95, registration: child, consent: false);
        var version = (await office.CaseWorker.GetCaseAsync(c.CaseId)).Version;
        await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents",
            CaseDriver.Consent(version, givenBy: "Proxy", proxyName: "Licda. Marta Ajú, PGN", proxyRelationship: "ChildProtectionAuthority"))).ReadAsync<RecordConsent.Result>();

        var problem = await (await office.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today())).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("accompaniedBy"));
        Assert.Equal(0, await SurveysAsync(c.CaseId));

        var ok = await (await office.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today(), accompaniedBy: "Licda. Marta Ajú, PGN")).ReadAsync<Reintegra.Web.Features.FollowUp.RecordSurvey.Result>();
        var survey = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys/{ok.SurveyId}")).ReadAsync<Reintegra.Web.Features.FollowUp.FollowUpView.SurveyDetails>();
        Assert.Equal("Licda. Marta Ajú, PGN", survey.AccompaniedBy);
        Assert.Equal("VerySatisfied", survey.Answers[1]);
    }

    [Fact]
    public async Task Only_the_cases_institution_sees_or_changes_its_follow_up()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 95);
        var mine = await office.CaseWorker.SurveyAsync(app, c.CaseId, FollowUpDriver.Answers());
        var other = await app.OfficeAsync();
        var before = await SurveysAsync(c.CaseId);

        Assert.Equal(HttpStatusCode.NotFound, (await other.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys/{mine.SurveyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today(), version: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/close",
            new { reason = "Unreachable", summary = "Sin contacto", version = 1 })).StatusCode);
        var dashboard = await (await other.Supervisor.GetAsync("/api/v1/cases/dashboard?team=true")).ReadAsync<Dashboard.Result>();
        Assert.DoesNotContain(dashboard.Tasks, t => t.CaseId == c.CaseId);

        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/cases/{c.CaseId}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/follow-up/spec")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.Reception.GetAsync($"/api/v1/cases/{c.CaseId}/follow-up/surveys/{mine.SurveyId}")).StatusCode);

        Assert.Equal(before, await SurveysAsync(c.CaseId));
        Assert.Equal(CaseStatus.Open, (await office.CaseWorker.GetCaseAsync(c.CaseId)).Status);
    }

    [Fact]
    public async Task Closing_with_a_reason_keeps_an_evaluation_summary_with_the_first_and_last_scores()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await app.ReturneeArrivedAsync(office, daysAgo: 200);
        await office.CaseWorker.SurveyAsync(app, c.CaseId, FollowUpDriver.Answers(best: false));
        await office.CaseWorker.SurveyAsync(app, c.CaseId, FollowUpDriver.Answers(best: true));

        // "Plan completed" is refused while there is no finished plan, and nothing is written.
        var version = (await office.CaseWorker.GetCaseAsync(c.CaseId)).Version;
        var early = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/close", new { reason = "PlanCompleted", summary = "Plan cumplido", version });
        Assert.Equal("Case.PlanNotCompleted", (string?)(await early.ProblemAsync(409))["code"]);
        Assert.False(await app.WithDbAsync(db => db.Set<CaseEvaluation>().AnyAsync(e => e.CaseId == c.CaseId)));

        var closed = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/follow-up/close",
            new { reason = "Remigrated", summary = "Volvió a migrar tras perder el empleo en la construcción.", version });
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        var f = await office.CaseWorker.FollowUpAsync(c.CaseId);
        Assert.Equal(CaseStatus.Closed, f.Status);
        Assert.Equal(CaseClosureReason.Remigrated, f.ClosureReason);
        Assert.Equal(2, f.Evaluation!.Surveys);
        Assert.Equal(0.0, f.Evaluation.FirstComposite);
        Assert.Equal(1.0, f.Evaluation.LastComposite);
        Assert.StartsWith("Volvió a migrar", f.Evaluation.Summary);

        // A closed case takes no more surveys.
        var after = await (await office.CaseWorker.PostSurveyAsync(c.CaseId, FollowUpDriver.Answers(), app.Today())).ProblemAsync(409);
        Assert.Equal("Case.Closed", (string?)after["code"]);
        Assert.Equal(2, await SurveysAsync(c.CaseId));
    }
}
