using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.People;

public static class PeopleApi
{
    public static IServiceCollection AddPeopleFeatures(this IServiceCollection services) => services
        .AddScoped<SearchPeople>()
        .AddScoped<PersonPage>()
        .AddScoped<EditPerson>();

    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/persons").WithTags("People").RequireAuthorization(Policies.ReadPeople);
        api.MapGet("/", async (SearchPeople h, string? q, string? document, string? pcode, int? page, CancellationToken ct) =>
                TypedResults.Ok(await h.SearchAsync(new SearchPeople.Query(q, document, pcode, page), ct)))
            .WithSummary("Search people your institution holds records about: q (surname first), document, or origin P-code");
        api.MapGet("/{id:guid}", async Task<Results<Ok<PersonPage.Details>, NotFound>> (PersonPage h, Guid id, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("A person with all their returns (returns recorded by other institutions show only date and place)");
        api.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (EditPerson h, Guid id, EditPerson.PersonInput input, CancellationToken ct) =>
                await h.UpdateAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Reception)
            .WithSummary("Correct a person's identity and contact; send the version you read (409 if someone changed it since)");
    }
}
