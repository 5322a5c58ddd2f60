using System.Globalization;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.FollowUp;
using Reintegra.Web.Features.FollowUp.Scoring;

namespace Reintegra.Tests.FollowUp;

/// <summary>The calls a case worker makes to follow a case up, with realistic defaults.</summary>
public static class FollowUpDriver
{
    /// <summary>A returnee who arrived some days before the test clock's now, with a case and consent to follow-up contact.</summary>
    public static async Task<(CaseDriver.Returnee Return, OpenCase.Result Case)> ReturneeArrivedAsync(this AppFactory app, CaseDriver.Office office, int daysAgo,
        Dictionary<string, object?>? registration = null, bool consent = true)
    {
        // Form input is the instance's local time (Guatemala, UTC-6).
        var arrived = app.Clock.GetUtcNow().AddDays(-daysAgo).AddHours(-6).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var ret = await office.Reception.RegisterAsync((registration ?? ReceptionDriver.Adult()).With("arrivedAt", arrived));
        var c = await office.CaseWorker.OpenCaseAsync(ret.PersonId, ret.ReturnId);
        if (consent)
        {
            await office.CaseWorker.ConsentAsync(c.CaseId);
        }
        return (new CaseDriver.Returnee(ret.ReturnId, ret.PersonId), c);
    }

    public static string Today(this AppFactory app) => app.Clock.GetUtcNow().AddHours(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The best (or worst) answer to every question that is always asked.</summary>
    public static Dictionary<int, string> Answers(bool best = true)
    {
        var spec = RssSpec.Shipped();
        return spec.Questions.Where(q => !q.Conditional)
            .ToDictionary(q => q.Number, q => (best ? q.Options.MaxBy(o => o.Value) : q.Options.MinBy(o => o.Value))!.Code);
    }

    public static async Task<HttpResponseMessage> PostSurveyAsync(this HttpClient client, Guid caseId, IReadOnlyDictionary<int, string> answers,
        string? surveyedOn, string mode = "Phone", int? version = null, string? accompaniedBy = null)
    {
        version ??= (await client.GetCaseAsync(caseId)).Version;
        return await client.PostJsonAsync($"/api/v1/cases/{caseId}/follow-up/surveys", new
        {
            surveyedOn,
            mode,
            answers = answers.ToDictionary(a => a.Key.ToString(CultureInfo.InvariantCulture), a => a.Value),
            accompaniedBy,
            notes = "Llamada de seguimiento; vive con su madre.",
            version,
        });
    }

    public static async Task<RecordSurvey.Result> SurveyAsync(this HttpClient client, AppFactory app, Guid caseId, IReadOnlyDictionary<int, string> answers) =>
        await (await client.PostSurveyAsync(caseId, answers, app.Today())).ReadAsync<RecordSurvey.Result>();

    public static async Task<FollowUpView.Details> FollowUpAsync(this HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/v1/cases/{caseId}/follow-up")).ReadAsync<FollowUpView.Details>();
}
