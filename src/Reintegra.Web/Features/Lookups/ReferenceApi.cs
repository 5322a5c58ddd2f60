using Reintegra.Reference;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Lookups;

/// <summary>Reference lists for forms and other systems: countries, admin-1/admin-2 places by P-code, languages.</summary>
public static class ReferenceApi
{
    public sealed record Item(string Code, string Name);

    public static void MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reference").WithTags("Reference");
        api.MapGet("/countries", () => TypedResults.Ok(Countries.Default.All.Select(c => new Item(c.Alpha2, c.Name(Display.UiLanguage))).OrderBy(c => c.Name)));
        api.MapGet("/places", (string? country, string? parent) =>
            {
                var list = !string.IsNullOrWhiteSpace(parent) ? Places.Default.Admin2(parent.Trim())
                    : Places.Default.Admin1(string.IsNullOrWhiteSpace(country) ? "GT" : country.Trim().ToUpperInvariant());
                return TypedResults.Ok(list.Select(p => new Item(p.PCode, p.Name)));
            })
            .WithSummary("Departments of a country (?country=GT) or municipalities of a department (?parent=GT13), by P-code");
        api.MapGet("/languages", () => TypedResults.Ok(Languages.Default.All.Select(l => new Item(l.Code, l.Name(Display.UiLanguage)))));
    }
}
