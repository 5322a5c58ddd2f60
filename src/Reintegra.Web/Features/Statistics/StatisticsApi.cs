using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Statistics;

public static class StatisticsApi
{
    public static IServiceCollection AddStatisticsFeatures(this IServiceCollection services)
    {
        services.AddSingleton<ReturnStatistics>();
        services.AddSingleton<StatisticsChangeCapture>();
        services.AddHostedService<StatisticsRefresher>();
        services.AddScoped<ReadReturnFigures>();
        services.AddScoped<ExportFigures>();
        // Every save queues the people whose returns changed, on either engine.
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<StatisticsChangeCapture>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<StatisticsChangeCapture>()));
        return services;
    }

    /// <summary>The query string of every figures endpoint.</summary>
    public sealed record FiguresQuery(
        string? Period, string? Sex, string? ReturnedFrom, string? Mode, string? Category, string? AgeGroup, string? Origin,
        string? Vulnerability, string? Repeat, string? By)
    {
        public ReadReturnFigures.Query ToQuery() => new(Period, Sex, ReturnedFrom, Mode, Category, AgeGroup, Origin, Vulnerability, Repeat, By);
    }

    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/statistics").WithTags("Statistics").RequireAuthorization(Policies.ReadStatistics);

        api.MapGet("/returns", Results<Ok<ReadReturnFigures.Table>, ProblemHttpResult> (ReadReturnFigures h, IStringLocalizer<StatisticsText> text, [AsParameters] FiguresQuery q) =>
                h.IsReady ? TypedResults.Ok(h.Read(q.ToQuery())) : NotReady(text))
            .WithSummary("Returns in a period (2025, 2025-Q1, 2025-03) broken down by one of month, origin, ageGroup, sex, returnedFrom, mode, category, vulnerability, repeat; "
                + "filter by sex and at most one of returnedFrom, mode, category, ageGroup, origin (P-code), vulnerability, repeat. "
                + "Each cell has the same period of the previous year; null is a cell suppressed to protect people.");

        api.MapGet("/returns/export", Results<FileContentHttpResult, ProblemHttpResult> (ReadReturnFigures h, ExportFigures export, IStringLocalizer<StatisticsText> text, [AsParameters] FiguresQuery q, string? format, bool? hxl) =>
            {
                if (!h.IsReady)
                {
                    return NotReady(text);
                }
                var isXlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
                if (!isXlsx && !string.IsNullOrEmpty(format) && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                {
                    throw new Web.InputValidationException(new Dictionary<string, string[]> { ["format"] = [text["Validation.Format"]] });
                }
                var table = h.Read(q.ToQuery());
                var file = isXlsx ? export.Xlsx(table, hxl ?? false) : export.Csv(table, hxl ?? false);
                return TypedResults.File(file.Content, file.ContentType, file.Name);
            })
            .WithSummary("The same figures as a file: format=csv (default) or xlsx; hxl=true adds a row of HXL hashtags under the header");

        api.MapGet("/returns/dimensions", (ReadReturnFigures h, IStringLocalizer<StatisticsText> text) =>
                h.IsReady ? (IResult)TypedResults.Ok(Dimensions(h)) : NotReady(text))
            .WithSummary("The codes each filter and breakdown accepts, with their labels, and the years that have figures");
    }

    private static ProblemHttpResult NotReady(IStringLocalizer<StatisticsText> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: text["NotReady"]);

    public sealed record DimensionValue(string Code, string Label);

    private static object Dimensions(ReadReturnFigures h)
    {
        var table = ReadReturnFigures.Breakdowns.Where(b => b != ReadReturnFigures.ByMonth)
            .ToDictionary(b => b, b => h.Read(new ReadReturnFigures.Query(By: b)).Rows.Select(r => new DimensionValue(r.Code, r.Label)).ToList());
        return new { years = h.Years(), breakdowns = ReadReturnFigures.Breakdowns, filters = ReadReturnFigures.FilterFields, values = table };
    }
}
