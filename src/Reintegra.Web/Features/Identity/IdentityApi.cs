using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Identity;

public static class IdentityApi
{
    public sealed record RunStarted(bool Started, FindDuplicates.Status Status);

    public sealed record IndexStatus(bool Ready, int People, long EstimatedBytes);

    public sealed record MergeView(Guid Id, Guid KeptPersonId, Guid AbsorbedPersonId, DateTime MergedAt);

    public static IServiceCollection AddIdentityFeatures(this IServiceCollection services) => services
        .AddSingleton<IdentityIndex>()
        .AddHostedService<IdentityIndexWorker>()
        .AddScoped<IInterceptor, IdentityIndexInterceptor>()
        .AddSingleton<FindDuplicates>()
        .AddScoped<IPersonMergeParticipant, ReceptionMergeParticipant>()
        .AddScoped<MergePeople>()
        .AddScoped<ReviewDuplicates>();

    public static void MapIdentityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/identity").WithTags("Identity").RequireAuthorization(Policies.ReviewDuplicates);
        api.MapGet("/status", (IdentityIndex index) =>
        {
            var stats = index.Engine.GetStatistics();
            return TypedResults.Ok(new IndexStatus(index.IsReady, stats.People, stats.EstimatedBytes));
        }).WithSummary("Whether the identity index is loaded, how many people it holds and its memory");
        api.MapGet("/duplicates", async (ReviewDuplicates h, int? page, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(page ?? 1, ct)))
            .WithSummary("Pending pairs that may be the same person, most likely first");
        api.MapGet("/duplicates/{id:guid}", async Task<Results<Ok<ReviewDuplicates.Pair>, NotFound>> (ReviewDuplicates h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Both records side by side with the engine's reasons (audited as a view of both people)");
        api.MapPost("/duplicates/{id:guid}/same-person", async Task<Results<Ok<MergeView>, NotFound>> (ReviewDuplicates h, Guid id, ReviewDuplicates.Decision decision, CancellationToken ct) =>
            await h.SamePersonAsync(id, decision, ct) is { } m ? TypedResults.Ok(new MergeView(m.Id, m.KeptPersonId, m.AbsorbedPersonId, m.MergedAt)) : TypedResults.NotFound())
            .WithSummary("Confirm one person: the records are merged (every return, document and audit entry kept; reversible by an administrator)");
        api.MapPost("/duplicates/{id:guid}/different-people", async Task<Results<NoContent, NotFound>> (ReviewDuplicates h, Guid id, ReviewDuplicates.Decision decision, CancellationToken ct) =>
            await h.DifferentPeopleAsync(id, decision, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Confirm two people: remembered, never proposed again");
        api.MapPost("/duplicates/run", (FindDuplicates h) => TypedResults.Accepted("/api/v1/identity/duplicates/run", new RunStarted(h.Start(), h.Current)))
            .RequireAuthorization(Policies.RunDeduplication)
            .WithSummary("Start the batch deduplication of the whole registry in the background");
        api.MapGet("/duplicates/run", (FindDuplicates h) => TypedResults.Ok(h.Current));
        app.MapPost("/api/v1/identity/merges/{id:guid}/undo", async Task<Results<NoContent, NotFound>> (MergePeople h, Guid id, CancellationToken ct) =>
                await h.UndoAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithTags("Identity").RequireAuthorization(Policies.UndoMerges)
            .WithSummary("Undo a merge exactly (administrators)");
    }
}
