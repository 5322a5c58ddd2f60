using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.FollowUp.Scoring;

namespace Reintegra.Web.Features.FollowUp;

public static class FollowUpApi
{
    public sealed record QuestionView(int Number, Dimension Dimension, IReadOnlyList<string> Options, bool Conditional);

    public sealed record SpecView(string Version, string Sha256, double MinAnsweredShare, IReadOnlyList<QuestionView> Questions);

    public static IServiceCollection AddFollowUpFeatures(this IServiceCollection services) => services
        .AddSingleton<RssSpecs>()
        .AddSingleton<FollowUpSettings>()
        .AddScoped<FollowUpSchedule>()
        .AddScoped<RecordSurvey>()
        .AddScoped<FollowUpView>()
        .AddScoped<CloseCase>();

    public static void MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Follow-up").RequireAuthorization(Policies.Cases);

        api.MapGet("/follow-up/spec", (RssSpecs specs) =>
        {
            var s = specs.Current;
            return TypedResults.Ok(new SpecView(s.Version, s.Sha256, s.MinAnsweredShare,
                s.Questions.Select(q => new QuestionView(q.Number, q.Dimension, [.. q.Options.Select(o => o.Code), RssAnswers.DontKnow, RssAnswers.Refused], q.Conditional)).ToList()));
        }).WithSummary("The survey's questions and answer codes in the scoring spec now in use");
        api.MapGet("/cases/{id:guid}/follow-up", async Task<Results<Ok<FollowUpView.Details>, NotFound>> (FollowUpView h, Guid id, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("A case's follow-up schedule, surveys with scores and spec version, what changed since the survey before, and the closing evaluation (audited)");
        api.MapPost("/cases/{id:guid}/follow-up/surveys", async Task<Results<Ok<RecordSurvey.Result>, NotFound>> (RecordSurvey h, Guid id, RecordSurvey.Input input, CancellationToken ct) =>
                await h.RecordAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("Record a Reintegration Sustainability Survey (answers by question number); scored when complete enough");
        api.MapGet("/cases/{id:guid}/follow-up/surveys/{surveyId:guid}", async Task<Results<Ok<FollowUpView.SurveyDetails>, NotFound>> (FollowUpView h, Guid id, Guid surveyId, CancellationToken ct) =>
            await h.SurveyAsync(id, surveyId, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound());
        api.MapPost("/cases/{id:guid}/follow-up/close", async Task<Results<NoContent, NotFound>> (CloseCase h, Guid id, CloseCase.Input input, CancellationToken ct) =>
                await h.CloseAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Close the case with a reason and an evaluation summary");
    }
}
