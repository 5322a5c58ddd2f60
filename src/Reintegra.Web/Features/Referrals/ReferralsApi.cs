using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

public static class ReferralsApi
{
    public static IServiceCollection AddReferralsFeatures(this IServiceCollection services) => services
        .AddScoped<StopReferrals>()
        .AddScoped<ServiceDirectory>()
        .AddScoped<ImportServices>()
        .AddScoped<SendReferral>()
        .AddScoped<SentReferrals>()
        .AddScoped<ReceivedReferrals>();

    public static void MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var directory = app.MapGroup("/api/v1/services").WithTags("Services").RequireAuthorization(Policies.ReadServices);
        directory.MapGet("/", async (ServiceDirectory h, [AsParameters] ServiceDirectory.Query q, CancellationToken ct) => TypedResults.Ok(await h.SearchAsync(q, ct)))
            .WithSummary("Search the service directory: q (name), category, pCode (covers this place), age, sex, language");
        directory.MapGet("/{id:guid}", async Task<Results<Ok<ServiceDirectory.ServiceView>, NotFound>> (ServiceDirectory h, Guid id, CancellationToken ct) =>
            await h.FindAsync(id, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound());
        directory.MapPost("/", async Task<Created<ServiceDirectory.ServiceView>> (ServiceDirectory h, ServiceDirectory.ServiceInput input, CancellationToken ct) =>
        {
            var s = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/services/{s.Id}", s);
        }).RequireAuthorization(Policies.ManageServices);
        directory.MapPut("/{id:guid}", async Task<Results<Ok<ServiceDirectory.ServiceView>, NotFound>> (ServiceDirectory h, Guid id, ServiceDirectory.ServiceInput input, CancellationToken ct) =>
                await h.UpdateAsync(id, input, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageServices);
        directory.MapPost("/import", async Task<Results<Ok<ImportServices.Result>, ValidationProblem>> (ImportServices h, IStringLocalizer<SharedText> text, IFormFile? file, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [text["Validation.Required"]] }, title: text["Problem.Validation"]);
                }
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await h.ImportAsync(stream, ct));
            })
            .RequireAuthorization(Policies.ManageServices)
            .DisableAntiforgery()
            .WithSummary("Import the directory from CSV (form field 'file'); bad rows are reported by line, good rows kept; a service already there is updated");

        app.MapPost("/api/v1/returns/{id:guid}/service-referrals", async Task<Results<Created<SendReferral.Result>, NotFound>> (SendReferral h, Guid id, SendReferral.UrgentInput input, CancellationToken ct) =>
                await h.SendFromReturnAsync(id, input, ct) is { } r ? TypedResults.Created($"/api/v1/returns/{id}", r) : TypedResults.NotFound())
            .WithTags("Referrals").RequireAuthorization(Policies.Reception)
            .WithSummary("An urgent referral from reception to a service of the directory, with the person's consent to this sharing recorded");

        var cases = app.MapGroup("/api/v1").WithTags("Referrals").RequireAuthorization(Policies.Cases);
        cases.MapPost("/cases/{id:guid}/referrals", async Task<Results<Created<SendReferral.Result>, NotFound>> (SendReferral h, Guid id, SendReferral.Input input, CancellationToken ct) =>
                await h.SendAsync(id, input, ct) is { } r ? TypedResults.Created($"/api/v1/referrals/{r.ReferralId}", r) : TypedResults.NotFound())
            .WithSummary("Refer the person to a service; only what the consent allows is shared (or an override with a reason, by roles allowed to)");
        var follow = app.MapGroup("/api/v1").WithTags("Referrals").RequireAuthorization(Policies.FollowReferrals);
        follow.MapGet("/referrals/{id:guid}", async Task<Results<Ok<ReferralView>, NotFound>> (SentReferrals h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound());
        follow.MapPost("/referrals/{id:guid}/withdraw", async Task<Results<NoContent, NotFound>> (SentReferrals h, Guid id, SentReferrals.WithdrawInput input, CancellationToken ct) =>
            await h.WithdrawAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        follow.MapPost("/referrals/{id:guid}/followed-up", async Task<Results<NoContent, NotFound>> (SentReferrals h, Guid id, SentReferrals.FollowUpInput input, CancellationToken ct) =>
                await h.MarkFollowedUpAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("You have acted on a declined, closed or completed referral: it leaves the follow-through list");

        var provider = app.MapGroup("/api/v1/received-referrals").WithTags("Referrals received").RequireAuthorization(Policies.ReceiveReferrals);
        provider.MapGet("/", async (ReceivedReferrals h, ReferralStatus? status, int? page, CancellationToken ct) => TypedResults.Ok(await h.InboxAsync(status, page, ct)))
            .WithSummary("Referrals sent to your institution (open ones unless status is given), urgent and longest-waiting first");
        provider.MapGet("/{id:guid}", async Task<Results<Ok<ReferralView>, NotFound>> (ReceivedReferrals h, Guid id, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("One referral with only the data shared with it (audited)");
        provider.MapPost("/{id:guid}/accept", async Task<Results<NoContent, NotFound>> (ReceivedReferrals h, Guid id, ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
            await h.AcceptAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        provider.MapPost("/{id:guid}/decline", async Task<Results<NoContent, NotFound>> (ReceivedReferrals h, Guid id, ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
            await h.DeclineAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        provider.MapPost("/{id:guid}/start", async Task<Results<NoContent, NotFound>> (ReceivedReferrals h, Guid id, ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
            await h.StartAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        provider.MapPost("/{id:guid}/complete", async Task<Results<NoContent, NotFound>> (ReceivedReferrals h, Guid id, ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
            await h.CompleteAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        provider.MapPost("/{id:guid}/close", async Task<Results<NoContent, NotFound>> (ReceivedReferrals h, Guid id, ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
            await h.CloseAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
