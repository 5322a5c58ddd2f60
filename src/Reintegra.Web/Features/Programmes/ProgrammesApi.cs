using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes;

public static class ProgrammesApi
{
    public static IServiceCollection AddProgrammesFeatures(this IServiceCollection services) => services
        .AddScoped<EntryAccess>()
        .AddScoped<ManageProgrammes>()
        .AddScoped<ManagePractices>()
        .AddScoped<ReviewEntries>()
        .AddScoped<ManageRoadmap>()
        .AddScoped<ManageOutreach>()
        .AddScoped<ProgrammeOutcomes>()
        .AddScoped<PublicCatalogue>()
        .AddScoped<ExportCatalogue>();

    public static void MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        MapCatalogue(app);
        MapRoadmap(app);
        MapOutreach(app);
        MapPublic(app);
    }

    private static void MapCatalogue(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Programmes and good practices").RequireAuthorization(Policies.ManageCatalogue);

        api.MapGet("/programmes", async (ManageProgrammes h, [AsParameters] ManageProgrammes.ListQuery q, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(q, ct)))
            .WithSummary("Programmes being written by the user's institution (scope=mine) or, for the secretariat, every submitted one (scope=review)");
        api.MapPost("/programmes", async Task<Created<ManageProgrammes.ProgrammeView>> (ManageProgrammes h, ManageProgrammes.ProgrammeInput input, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/programmes/{created.Id}", created);
        }).RequireAuthorization(Policies.SubmitEntries).WithSummary("Register a programme, project or fund (a draft of the user's institution)");
        api.MapGet("/programmes/{id:guid}", async Task<Results<Ok<ManageProgrammes.ProgrammeView>, NotFound>> (ManageProgrammes h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapPut("/programmes/{id:guid}", async Task<Results<Ok<ManageProgrammes.ProgrammeView>, NotFound>> (ManageProgrammes h, Guid id, ManageProgrammes.ProgrammeInput input, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Edit; after publication this starts a new version and the published one stays readable. Send the version you read (409 if it changed)");
        api.MapGet("/programmes/{id:guid}/outcomes", async Task<Results<Ok<ProgrammeOutcomes.Outcomes>, NotFound>> (ManageProgrammes h, ProgrammeOutcomes o, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await o.ForAsync(id, forPublic: false, ct)))
            .WithSummary("People reached by the programme's outreach activities and the outcomes other areas link to it");
        MapReview(api, "programmes", (h, id, step, input, ct) => h.ProgrammeAsync(id, step, input, ct));

        api.MapGet("/practices", async (ManagePractices h, [AsParameters] ManageProgrammes.ListQuery q, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(q, ct)))
            .WithSummary("Annex I entries (challenges and good practices) of the user's institution, or for the secretariat every submitted one");
        api.MapPost("/practices", async Task<Created<ManagePractices.PracticeView>> (ManagePractices h, ManagePractices.PracticeInput input, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/practices/{created.Id}", created);
        }).RequireAuthorization(Policies.SubmitEntries).WithSummary("Fill in an Annex I entry (a draft of the user's institution)");
        api.MapGet("/practices/{id:guid}", async Task<Results<Ok<ManagePractices.PracticeView>, NotFound>> (ManagePractices h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapPut("/practices/{id:guid}", async Task<Results<Ok<ManagePractices.PracticeView>, NotFound>> (ManagePractices h, Guid id, ManagePractices.PracticeInput input, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        MapReview(api, "practices", (h, id, step, input, ct) => h.PracticeAsync(id, step, input, ct));
    }

    private static void MapReview(RouteGroupBuilder api, string resource, Func<ReviewEntries, Guid, ReviewEntries.Step, ReviewEntries.ReviewInput, CancellationToken, Task<bool>> apply)
    {
        api.MapPost($"/{resource}/{{id:guid}}/submit", async Task<Results<NoContent, NotFound>> (ReviewEntries h, Guid id, ReviewEntries.ReviewInput input, CancellationToken ct) =>
            await apply(h, id, ReviewEntries.Step.Submit, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.SubmitEntries).WithSummary("Send the working version to the conference secretariat for review");
        api.MapPost($"/{resource}/{{id:guid}}/publish", async Task<Results<NoContent, NotFound>> (ReviewEntries h, Guid id, ReviewEntries.ReviewInput input, CancellationToken ct) =>
            await apply(h, id, ReviewEntries.Step.Publish, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReviewEntries).WithSummary("Publish the submitted version on the public portal (the previous one stays readable)");
        api.MapPost($"/{resource}/{{id:guid}}/request-changes", async Task<Results<NoContent, NotFound>> (ReviewEntries h, Guid id, ReviewEntries.ReviewInput input, CancellationToken ct) =>
            await apply(h, id, ReviewEntries.Step.RequestChanges, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ReviewEntries).WithSummary("Send the submitted version back with a note");
    }

    private static void MapRoadmap(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/roadmap").WithTags("Regional roadmap").RequireAuthorization(Policies.ReportProgress);

        api.MapGet("/recommendations", async (ManageRoadmap h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("Every recommendation for the secretariat; the published ones for focal points");
        api.MapPost("/recommendations", async Task<Created<ManageRoadmap.RecommendationView>> (ManageRoadmap h, ManageRoadmap.RecommendationInput input, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/roadmap/recommendations/{created.Id}", created);
        }).RequireAuthorization(Policies.ManageRoadmap).WithSummary("Record a recommendation of a working group (one level, one or more dimensions)");
        api.MapGet("/recommendations/{id:guid}", async Task<Results<Ok<ManageRoadmap.RecommendationView>, NotFound>> (ManageRoadmap h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound());
        api.MapPut("/recommendations/{id:guid}", async Task<Results<Ok<ManageRoadmap.RecommendationView>, NotFound>> (ManageRoadmap h, Guid id, ManageRoadmap.RecommendationInput input, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageRoadmap).WithSummary("Edit; after publication this starts a new version and the published one stays readable");
        api.MapPost("/recommendations/{id:guid}/publish", async Task<Results<NoContent, NotFound>> (ManageRoadmap h, Guid id, ReviewEntries.ReviewInput input, CancellationToken ct) =>
            await h.PublishAsync(id, input.Version, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageRoadmap);
        api.MapPost("/recommendations/{id:guid}/progress", async Task<Results<Created<ManageRoadmap.ProgressView>, NotFound>> (ManageRoadmap h, Guid id, ManageRoadmap.ProgressInput input, CancellationToken ct) =>
            await h.ReportProgressAsync(id, input, ct) is { } p ? TypedResults.Created($"/api/v1/roadmap/recommendations/{id}", p) : TypedResults.NotFound())
            .WithSummary("Report progress (the secretariat, or a focal point of a responsible country); the latest report gives the status");

        api.MapGet("/commitments", async (ManageRoadmap h, string? country, CancellationToken ct) => TypedResults.Ok(await h.ListCommitmentsAsync(country, ct)));
        api.MapPost("/commitments", async Task<Created<ManageRoadmap.CommitmentView>> (ManageRoadmap h, ManageRoadmap.CommitmentInput input, CancellationToken ct) =>
        {
            var created = await h.CreateCommitmentAsync(input, ct);
            return TypedResults.Created($"/api/v1/roadmap/commitments/{created.Id}", created);
        }).RequireAuthorization(Policies.ManageRoadmap).WithSummary("Record a country's commitment of budget");
        api.MapGet("/commitments/{id:guid}", async Task<Results<Ok<ManageRoadmap.CommitmentView>, NotFound>> (ManageRoadmap h, Guid id, CancellationToken ct) =>
            await h.GetCommitmentAsync(id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());
        api.MapPut("/commitments/{id:guid}", async Task<Results<Ok<ManageRoadmap.CommitmentView>, NotFound>> (ManageRoadmap h, Guid id, ManageRoadmap.CommitmentInput input, CancellationToken ct) =>
            await h.UpdateCommitmentAsync(id, input, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageRoadmap);
        api.MapPost("/commitments/{id:guid}/executions", async Task<Results<Ok<ManageRoadmap.CommitmentView>, NotFound>> (ManageRoadmap h, Guid id, ManageRoadmap.ExecutionInput input, CancellationToken ct) =>
            await h.RecordExecutionAsync(id, input, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithSummary("Report an amount executed (the secretariat, or a focal point of the committing country); the total cannot pass the commitment");
    }

    private static void MapOutreach(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/outreach").WithTags("Information and outreach").RequireAuthorization(Policies.RecordOutreach);
        api.MapGet("", async (ManageOutreach h, int? page, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(page ?? 1, ct)))
            .WithSummary("Activities of the user's institution, newest first");
        api.MapPost("", async Task<Created<ManageOutreach.ActivityView>> (ManageOutreach h, ManageOutreach.OutreachInput input, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/outreach/{created.Id}", created);
        }).WithSummary("Record an activity: place by P-code, people reached by sex and age group");
        api.MapGet("/{id:guid}", async Task<Results<Ok<ManageOutreach.ActivityView>, NotFound>> (ManageOutreach h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        api.MapPut("/{id:guid}", async Task<Results<Ok<ManageOutreach.ActivityView>, NotFound>> (ManageOutreach h, Guid id, ManageOutreach.OutreachInput input, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
    }

    /// <summary>The public portal's API: anonymous by design, published content only, no person anywhere (ADR 0030).</summary>
    private static void MapPublic(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/public").WithTags("Public portal").AllowAnonymous();
        api.MapGet("/overview", async (PublicCatalogue h, CancellationToken ct) => TypedResults.Ok(await h.OverviewAsync(ct)));
        api.MapGet("/programmes", async (PublicCatalogue h, [AsParameters] PublicCatalogue.Query q, CancellationToken ct) => TypedResults.Ok(await h.ProgrammesAsync(q, ct)))
            .WithSummary("Published programmes; filter by q, country (ISO code or 'regional'), type, level, dimension, group");
        api.MapGet("/programmes/{id}", async Task<Results<Ok<PublicCatalogue.ProgrammePage>, NotFound>> (PublicCatalogue h, Guid id, CancellationToken ct) =>
            await h.ProgrammeAsync(id, null, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapGet("/programmes/{id}/versions/{number}", async Task<Results<Ok<PublicCatalogue.ProgrammePage>, NotFound>> (PublicCatalogue h, Guid id, int number, CancellationToken ct) =>
            await h.ProgrammeAsync(id, number, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapGet("/practices", async (PublicCatalogue h, [AsParameters] PublicCatalogue.Query q, CancellationToken ct) => TypedResults.Ok(await h.PracticesAsync(q, ct)))
            .WithSummary("Published challenges and good practices; filter by q, kind, country, level, dimension, group");
        api.MapGet("/practices/{id}", async Task<Results<Ok<PublicCatalogue.PracticePage>, NotFound>> (PublicCatalogue h, Guid id, CancellationToken ct) =>
            await h.PracticeAsync(id, null, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapGet("/practices/{id}/versions/{number}", async Task<Results<Ok<PublicCatalogue.PracticePage>, NotFound>> (PublicCatalogue h, Guid id, int number, CancellationToken ct) =>
            await h.PracticeAsync(id, number, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        api.MapGet("/roadmap", async (PublicCatalogue h, [AsParameters] PublicCatalogue.Query q, CancellationToken ct) => TypedResults.Ok(await h.RoadmapAsync(q, ct)))
            .WithSummary("Published recommendations with their progress, and the budget commitments with their execution");
        api.MapGet("/roadmap/{id}", async Task<Results<Ok<PublicCatalogue.RecommendationItem>, NotFound>> (PublicCatalogue h, Guid id, CancellationToken ct) =>
            await h.RecommendationAsync(id, null, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound());
        api.MapGet("/roadmap/{id}/versions/{number}", async Task<Results<Ok<PublicCatalogue.RecommendationItem>, NotFound>> (PublicCatalogue h, Guid id, int number, CancellationToken ct) =>
            await h.RecommendationAsync(id, number, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound());
        api.MapGet("/countries/{country}", async Task<Results<Ok<PublicCatalogue.CountryReport>, NotFound>> (PublicCatalogue h, string country, CancellationToken ct) =>
            IsCountry(country) ? TypedResults.Ok(await h.CountryReportAsync(country, ct)) : TypedResults.NotFound())
            .WithSummary("Everything public about one country ('regional' for regional entries)");
        api.MapGet("/export/{dataset}.{format}", async Task<Results<FileContentHttpResult, NotFound>> (ExportCatalogue h, string dataset, string format, [AsParameters] PublicCatalogue.Query q, CancellationToken ct) =>
            await h.ExportAsync(dataset, format, q, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("programmes, practices, roadmap or budget as csv or xlsx, with the same filters as the lists, in the request's language");
    }

    public static bool IsCountry(string? code) =>
        string.Equals(code, CatalogueChecks.Regional, StringComparison.OrdinalIgnoreCase) || (code is { Length: 2 } && Reference.Countries.Default.Find(code) is not null);
}
