using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Web;

/// <summary>
/// The one place where exceptions become answers. API requests get RFC 9457 ProblemDetails in the user's language;
/// page requests fall through to the error page. Nothing a user can send produces a bare 500.
/// </summary>
public sealed class ProblemExceptionHandler(
    IProblemDetailsService problems,
    IStringLocalizer<SharedText> text,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already switched Request.Path to the error page: the original path is in the feature.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!WebSetup.IsApi(path))
        {
            return false;
        }
        // The exception left the request-localisation middleware, and with it the request's culture: set it again.
        if (http.Features.Get<IRequestCultureFeature>() is { } culture)
        {
            CultureInfo.CurrentCulture = culture.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        }

        ProblemDetails problem = exception switch
        {
            InputValidationException v => new HttpValidationProblemDetails(v.Errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Problem.Validation"],
            },
            DomainException d => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = text["Problem.Conflict"],
                Detail = text["Domain." + d.Code, [.. d.Arguments]],
                Extensions = { ["code"] = d.Code },
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = text["Problem.Conflict"],
                Detail = text["Problem.Concurrency"],
                Extensions = { ["code"] = "Concurrency" },
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = text["Problem.TooLarge"],
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = text["Problem.BadRequest"],
                Detail = b.InnerException is JsonException j ? text["Problem.MalformedJson", JsonPath(j)] : text["Problem.BadRequest"],
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = text["Problem.ServerError"],
            },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Only the JSON path, never the offending value: it may be personal data.</summary>
    private static string JsonPath(JsonException j) => string.IsNullOrEmpty(j.Path) ? "$" : j.Path;
}
