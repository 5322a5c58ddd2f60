using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Features.Admin;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Account;

public static class AccountApi
{
    public sealed record TokenRequest(string? Email, string? Password);

    public sealed record MeResponse(Guid Id, string UserName, string FullName, Guid InstitutionId, IReadOnlyList<string> Roles, string Culture);

    public static IServiceCollection AddAccountFeatures(this IServiceCollection services) => services
        .AddScoped<FirstRun>()
        .AddScoped<SignIn>()
        .AddScoped<Demo.DemoData>()
        .AddScoped<Demo.DemoCases>();

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Account");
        api.MapPost("/auth/token", IssueToken).AllowAnonymous()
            .WithSummary("Sign in and receive a bearer token (locks the account after repeated failures)");
        api.MapGet("/me", Me).WithSummary("The signed-in user, their institution and roles");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueToken(TokenRequest request, SignIn signIn, IStringLocalizer<SharedText> text)
    {
        var (outcome, _) = await signIn.PasswordAsync(request.Email, request.Password, bearer: true);
        return outcome switch
        {
            // The bearer handler has already written the token response.
            SignInOutcome.Succeeded => TypedResults.Empty,
            SignInOutcome.LockedOut => TypedResults.Problem(title: text["Account.LockedOut"], statusCode: StatusCodes.Status423Locked),
            _ => TypedResults.Problem(title: text["Account.InvalidLogin"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static async Task<Ok<MeResponse>> Me(CurrentUser me, ManageUsers users)
    {
        var user = await users.FindAsync(me.Id);
        return TypedResults.Ok(new MeResponse(me.Id, me.UserName, user?.FullName ?? "", me.InstitutionId, user?.Roles ?? [], user?.Culture ?? "es"));
    }
}
