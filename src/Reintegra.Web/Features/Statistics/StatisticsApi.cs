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
        services.AddSingleton<ReintegrationStatistics>();
        services.AddScoped<ReadReintegrationFigures>();
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

    /// <summary>The query string of every reintegration figures endpoint.</summary>
    public sealed record ReintegrationQuery(
        string? Measure, string? Period, string? Sex, string? AgeGroup, string? Origin, string? InstitutionKind, string? ClosureReason,
        string? ServiceCategory, string? Outcome, string? By)
    {
        public ReadReintegrationFigures.Query ToQuery() => new(Measure, Period, Sex, AgeGroup, Origin, InstitutionKind, ClosureReason, ServiceCategory, Outcome, By);
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

        MapReintegration(api);
    }

    private static void MapReintegration(RouteGroupBuilder api)
    {
        api.MapGet("/reintegration", Results<Ok<ReadReintegrationFigures.Table>, ProblemHttpResult> (ReadReintegrationFigures h, IStringLocalizer<StatisticsText> text, [AsParameters] ReintegrationQuery q) =>
                h.IsReady ? TypedResults.Ok(h.Read(q.ToQuery())) : NotReady(text))
            .WithSummary("Reintegration figures in a period: measure=casesOpened (default), casesClosed, referrals or daysToFirstReferral (median days "
                + "from opening a case to its first referral); broken down by month, sex, ageGroup, origin (department P-code), institutionKind, "
                + "closureReason (cases closed), serviceCategory and outcome (referrals); filter by sex and at most one of those. "
                + "Each cell has the same period of the previous year; null is a cell suppressed to protect people.");

        api.MapGet("/reintegration/export", Results<FileContentHttpResult, ProblemHttpResult> (ReadReintegrationFigures h, ExportFigures export, IStringLocalizer<StatisticsText> text, [AsParameters] ReintegrationQuery q, string? format, bool? hxl) =>
            {
                if (!h.IsReady)
                {
                    return NotReady(text);
                }
                var isXlsx = IsXlsx(format, text);
                var table = h.Read(q.ToQuery());
                var file = isXlsx ? export.Xlsx(table, hxl ?? false) : export.Csv(table, hxl ?? false);
                return TypedResults.File(file.Content, file.ContentType, file.Name);
            })
            .WithSummary("The same reintegration figures as a file: format=csv (default) or xlsx; hxl=true adds a row of HXL hashtags under the header");

        api.MapGet("/reintegration/dimensions", (ReadReintegrationFigures h, IStringLocalizer<StatisticsText> text) =>
                h.IsReady ? (IResult)TypedResults.Ok(new
                {
                    years = h.Years(),
                    measures = ReintegrationSchema.Measures,
                    breakdowns = ReintegrationSchema.Measures.ToDictionary(m => m, ReadReintegrationFigures.Breakdowns),
                    values = ReintegrationSchema.Measures.SelectMany(ReadReintegrationFigures.Fields).Distinct().ToDictionary(f => f, f =>
                        h.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.Measures.First(m => ReadReintegrationFigures.Fields(m).Contains(f)), By: f))
                            .Figures.Rows.Select(r => new DimensionValue(r.Code, r.Label)).ToList()),
                }) : NotReady(text))
            .WithSummary("The measures, the breakdowns of each, the codes each filter accepts with their labels, and the years that have figures");
    }

    private static bool IsXlsx(string? format, IStringLocalizer<StatisticsText> text)
    {
        var isXlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!isXlsx && !string.IsNullOrEmpty(format) && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new Web.InputValidationException(new Dictionary<string, string[]> { ["format"] = [text["Validation.Format"]] });
        }
        return isXlsx;
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
