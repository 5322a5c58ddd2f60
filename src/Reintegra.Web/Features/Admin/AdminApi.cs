using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Admin;

public static class AdminApi
{
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services) => services
        .AddScoped<ManageUsers>()
        .AddScoped<ManageInstitutions>()
        .AddScoped<ReadAudit>();

    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Policies.Administer);
        api.MapGet("/institutions", async (ManageInstitutions h, InstitutionKind? kind) => TypedResults.Ok(await h.ListAsync(kind)));
        api.MapPost("/institutions", async Task<Created<ManageInstitutions.InstitutionView>> (ManageInstitutions h, ManageInstitutions.InstitutionInput input) =>
        {
            var created = await h.CreateAsync(input);
            return TypedResults.Created($"/api/v1/admin/institutions/{created.Id}", created);
        });
        api.MapGet("/institutions/{id:guid}", async Task<Results<Ok<ManageInstitutions.InstitutionView>, NotFound>> (ManageInstitutions h, Guid id) =>
            await h.FindAsync(id) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound());
        api.MapPut("/institutions/{id:guid}", async Task<Results<Ok<ManageInstitutions.InstitutionView>, NotFound>> (ManageInstitutions h, Guid id, ManageInstitutions.InstitutionInput input) =>
            await h.UpdateAsync(id, input) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound());
        api.MapGet("/users", async (ManageUsers h, Guid? institutionId) => TypedResults.Ok(await h.ListAsync(institutionId)));
        api.MapPost("/users", async Task<Created<ManageUsers.UserView>> (ManageUsers h, ManageUsers.CreateUserInput input) =>
        {
            var created = await h.CreateAsync(input);
            return TypedResults.Created($"/api/v1/admin/users/{created.Id}", created);
        });
        api.MapPost("/users/{id:guid}/unlock", async (ManageUsers h, Guid id) =>
        {
            await h.UnlockAsync(id);
            return TypedResults.NoContent();
        });
    }

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", async (ReadAudit h, Guid? personId, string? action, int? page) =>
                TypedResults.Ok(await h.ListAsync(personId, action, page ?? 1)))
            .WithTags("Audit").RequireAuthorization(Policies.ReadAudit)
            .WithSummary("The audit trail, newest first; filter by person or action");
    }
}
