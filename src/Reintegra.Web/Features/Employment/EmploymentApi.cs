using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Employment;

public static class EmploymentApi
{
    public static IServiceCollection AddEmploymentFeatures(this IServiceCollection services) => services
        .AddScoped<EmploymentAccess>()
        .AddScoped<Explain>()
        .AddScoped<SaveProfile>()
        .AddScoped<ManageVacancies>()
        .AddScoped<MatchJobs>()
        .AddScoped<Placements>();

    public static void MapEmploymentApi(this IEndpointRouteBuilder app)
    {
        // Case workers: profiles of their cases, vacancies of every employer, matches, putting people forward.
        var cases = app.MapGroup("/api/v1").WithTags("Employment").RequireAuthorization(Policies.Cases);
        cases.MapGet("/cases/{id:guid}/skills-profile", async Task<Results<Ok<SaveProfile.ProfileView>, NotFound>> (SaveProfile h, Guid id, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("The skills profile of the case's person (before the first save, a draft from the assessment) (audited)");
        cases.MapPut("/cases/{id:guid}/skills-profile", async Task<Results<Ok<Guid>, NotFound>> (SaveProfile h, Guid id, SaveProfile.Input input, CancellationToken ct) =>
                await h.SaveAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Save the skills profile; send the version you read once it exists");
        cases.MapGet("/cases/{id:guid}/vacancy-matches", async Task<Results<Ok<MatchJobs.CaseMatches>, NotFound>> (MatchJobs h, Guid id, CancellationToken ct) =>
                await h.ForCaseAsync(id, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .WithSummary("Open vacancies ranked for the person, each with why; empty without their consent to be proposed to employers");
        cases.MapGet("/cases/{id:guid}/placements", async Task<Results<Ok<IReadOnlyList<Placements.CaseView>>, NotFound>> (Placements h, Guid id, CancellationToken ct) =>
            await h.ForCaseAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        cases.MapPost("/cases/{id:guid}/placements", async Task<Results<Ok<Guid>, NotFound>> (Placements h, Guid id, Placements.PutForwardInput input, CancellationToken ct) =>
                await h.PutForwardAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Put the person forward for a vacancy: they agreed, and their consent covers proposals to employers");
        cases.MapPost("/placements/{id:guid}/retention", async Task<Results<NoContent, NotFound>> (Placements h, Guid id, Placements.RetentionInput input, CancellationToken ct) =>
            await h.RetentionAsync(id, input, asEmployer: false, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        cases.MapGet("/placements/outcomes", async (Placements h, bool? mine, CancellationToken ct) => TypedResults.Ok(await h.OutcomesAsync(mine ?? true, ct)))
            .WithSummary("Placement outcomes of your cases (mine=false: the whole institution)");
        cases.MapGet("/vacancies", async (ManageVacancies h, int? page, CancellationToken ct) => TypedResults.Ok(await h.ListOpenAsync(page, ct)))
            .WithSummary("Open vacancies of every employer, closing soonest first");
        cases.MapGet("/vacancies/{id:guid}", async Task<Results<Ok<ManageVacancies.Details>, NotFound>> (ManageVacancies h, Guid id, CancellationToken ct) =>
            await h.GetAnyAsync(id, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound());
        cases.MapGet("/vacancies/{id:guid}/candidates", async Task<Results<Ok<IReadOnlyList<MatchJobs.CandidateMatch>>, NotFound>> (MatchJobs h, Guid id, CancellationToken ct) =>
                await h.ForCaseWorkerAsync(id, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .WithSummary("The best candidates for a vacancy among your institution's cases, each with why (audited)");

        // Employers: their own vacancies, anonymous candidates, the people put forward to them.
        var employer = app.MapGroup("/api/v1/employer").WithTags("Employment").RequireAuthorization(Policies.PublishVacancies);
        employer.MapGet("/vacancies", async (ManageVacancies h, int? page, CancellationToken ct) => TypedResults.Ok(await h.ListMineAsync(page, ct)));
        employer.MapPost("/vacancies", async Task<Created<Guid>> (ManageVacancies h, ManageVacancies.Input input, CancellationToken ct) =>
        {
            var id = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/employer/vacancies/{id}", id);
        }).WithSummary("Publish a vacancy");
        employer.MapGet("/vacancies/{id:guid}", async Task<Results<Ok<ManageVacancies.Details>, NotFound>> (ManageVacancies h, Guid id, CancellationToken ct) =>
            await h.GetMineAsync(id, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound());
        employer.MapPost("/vacancies/{id:guid}/close", async Task<Results<NoContent, NotFound>> (ManageVacancies h, Guid id, ManageVacancies.CloseInput input, CancellationToken ct) =>
            await h.CloseAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        employer.MapGet("/vacancies/{id:guid}/candidates", async Task<Results<Ok<IReadOnlyList<MatchJobs.CandidateMatch>>, NotFound>> (MatchJobs h, Guid id, CancellationToken ct) =>
                await h.ForEmployerAsync(id, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .WithSummary("Anonymous summaries of the best candidates who agreed to be proposed to employers");
        employer.MapGet("/placements", async (Placements h, Guid? vacancyId, CancellationToken ct) => TypedResults.Ok(await h.ForEmployerAsync(vacancyId, ct)))
            .WithSummary("People put forward to you; name and phone only while their consent stands (audited)");
        employer.MapPost("/placements/{id:guid}/hire", async Task<Results<NoContent, NotFound>> (Placements h, Guid id, Placements.HireInput input, CancellationToken ct) =>
            await h.HireAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        employer.MapPost("/placements/{id:guid}/not-hired", async Task<Results<NoContent, NotFound>> (Placements h, Guid id, Placements.NotHiredInput input, CancellationToken ct) =>
            await h.NotHiredAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        employer.MapPost("/placements/{id:guid}/retention", async Task<Results<NoContent, NotFound>> (Placements h, Guid id, Placements.RetentionInput input, CancellationToken ct) =>
            await h.RetentionAsync(id, input, asEmployer: true, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
