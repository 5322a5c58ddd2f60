using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

public static class ReceptionApi
{
    public sealed record VersionInput(int? Version);

    public static IServiceCollection AddReceptionFeatures(this IServiceCollection services) => services
        .AddScoped<ManageArrivals>()
        .AddScoped<ImportManifest>()
        .AddScoped<ArrivalQueue>()
        .AddScoped<RegisterReturn>()
        .AddScoped<ReturnView>()
        .AddScoped<UpdateReception>()
        .AddScoped<FindCandidates>();

    public static void MapReceptionApi(this IEndpointRouteBuilder app)
    {
        var reception = app.MapGroup("/api/v1").WithTags("Reception").RequireAuthorization(Policies.Reception);
        var read = app.MapGroup("/api/v1").WithTags("Reception").RequireAuthorization(Policies.ReadPeople);

        reception.MapGet("/arrivals", async (ManageArrivals h, int? page, bool? open) => TypedResults.Ok(await h.ListAsync(page ?? 1, open ?? false)))
            .WithSummary("Arrivals (flights and convoys) of the user's reception centre, newest first");
        reception.MapPost("/arrivals", async Task<Created<ManageArrivals.ArrivalSummary>> (ManageArrivals h, ManageArrivals.ArrivalInput input) =>
        {
            var created = await h.CreateAsync(input);
            return TypedResults.Created($"/api/v1/arrivals/{created.Id}", created);
        }).WithSummary("Announce an arrival");
        reception.MapGet("/arrivals/{id:guid}", async Task<Results<Ok<ManageArrivals.ArrivalSummary>, NotFound>> (ManageArrivals h, Guid id) =>
            await h.FindAsync(id) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        reception.MapPut("/arrivals/{id:guid}", async Task<Results<Ok<ManageArrivals.ArrivalSummary>, NotFound>> (ManageArrivals h, Guid id, ManageArrivals.ArrivalInput input) =>
            await h.UpdateAsync(id, input) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithSummary("Correct an arrival; send the version you read (409 if someone changed it since)");
        reception.MapPost("/arrivals/{id:guid}/close", async Task<Results<Ok<ManageArrivals.ArrivalSummary>, NotFound>> (ManageArrivals h, Guid id) =>
            await h.CloseAsync(id) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        reception.MapPost("/arrivals/{id:guid}/manifest", async Task<Results<Ok<ImportManifest.Result>, NotFound, ValidationProblem>> (ImportManifest h, IStringLocalizer<SharedText> text, Guid id, IFormFile? file, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [text["Validation.Required"]] }, title: text["Problem.Validation"]);
                }
                await using var stream = file.OpenReadStream();
                return await h.ImportAsync(id, stream, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();
            })
            .DisableAntiforgery()
            .WithSummary("Import the manifest (CSV or XLSX, form field 'file'); bad rows are reported by line, good rows kept; re-importing adds nothing");
        reception.MapGet("/arrivals/{id:guid}/queue", async Task<Results<Ok<ArrivalQueue.Queue>, NotFound>> (ArrivalQueue h, ManageArrivals arrivals, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, arrivals, ct) is { } q ? TypedResults.Ok(q) : TypedResults.NotFound())
            .WithSummary("Expected, registered and pending people of an arrival");

        reception.MapPost("/returns", async Task<Created<RegisterReturn.Result>> (RegisterReturn h, RegistrationInput input, CancellationToken ct) =>
        {
            var r = await h.RegisterAsync(input, ct);
            return TypedResults.Created($"/api/v1/returns/{r.ReturnId}", r);
        }).WithSummary("Register a return: a new person, or with existingPersonId a repeat return of a known person");
        read.MapGet("/returns/{id:guid}", async Task<Results<Ok<ReturnView.Details>, NotFound>> (ReturnView h, Guid id, bool? includeSensitive, CancellationToken ct) =>
            await h.GetAsync(id, includeSensitive ?? false, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("One return of the user's institution; includeSensitive=true adds the protection flags for roles allowed to see them (audited)");
        reception.MapPut("/returns/{id:guid}/screening", async Task<Results<NoContent, NotFound>> (UpdateReception h, Guid id, UpdateReception.ScreeningInput input, CancellationToken ct) =>
            await h.ScreenAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        reception.MapPut("/returns/{id:guid}/sensitive", async Task<Results<NoContent, NotFound>> (UpdateReception h, Guid id, UpdateReception.SensitiveInput input, CancellationToken ct) =>
            await h.SetSensitiveAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        reception.MapPost("/returns/{id:guid}/referrals", async Task<Results<Created<ReturnView.ReferralView>, NotFound>> (UpdateReception h, Guid id, ReferralInput input, CancellationToken ct) =>
            await h.ReferAsync(id, input, ct) is { } r ? TypedResults.Created($"/api/v1/returns/{id}", r) : TypedResults.NotFound())
            .WithSummary("Record an immediate referral (e.g. to the child-protection authority)");
        reception.MapPost("/returns/{id:guid}/complete", async Task<Results<NoContent, NotFound>> (UpdateReception h, Guid id, VersionInput input, CancellationToken ct) =>
            await h.CompleteAsync(id, input.Version, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Complete the reception (refused for an unaccompanied or separated child without a child-protection referral)");
        reception.MapGet("/reception/candidates", async (FindCandidates h, [AsParameters] FindCandidates.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.FindAsync(q, ct)))
            .WithSummary("People already registered who may be this person (repeat returns), with the reasons");
    }
}
