using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The portal's downloads: published programmes, Annex I entries, the roadmap and the budget commitments as CSV or XLSX,
/// with headers and labels in the reader's language. Public data only, like the portal itself.
/// </summary>
public sealed class ExportCatalogue(PublicCatalogue catalogue, IStringLocalizer<ProgrammesText> text, TimeProvider clock)
{
    public static readonly string[] Datasets = ["programmes", "practices", "roadmap", "budget"];

    public sealed record File(byte[] Content, string ContentType, string FileName);

    /// <summary>Column keys (strings of <see cref="ProgrammesText"/>) and rows of values in the same order.</summary>
    internal sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

    /// <summary>Null for an unknown dataset or format.</summary>
    public async Task<File?> ExportAsync(string dataset, string format, PublicCatalogue.Query query, CancellationToken ct)
    {
        if (!Datasets.Contains(dataset) || format is not ("csv" or "xlsx"))
        {
            return null;
        }
        var rows = dataset switch
        {
            "programmes" => await ProgrammesAsync(query, ct),
            "practices" => await PracticesAsync(query, ct),
            "roadmap" => await RoadmapAsync(query, ct),
            _ => await BudgetAsync(query, ct),
        };
        var name = $"{text["Export.File." + dataset]}-{clock.GetUtcNow():yyyy-MM-dd}.{format}";
        var headers = rows.Headers.Select(h => text[h].Value).ToList();
        return format == "csv"
            ? new File(Csv(headers, rows.Rows), "text/csv; charset=utf-8", name)
            : new File(await XlsxAsync(headers, rows.Rows, text["Export.File." + dataset], ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private async Task<Table> ProgrammesAsync(PublicCatalogue.Query query, CancellationToken ct) => new(
        ["Field.Id", "Field.Version", "Field.Country", "Field.Title", "Field.TranslatedTitle", "Field.ResponsibleInstitution", "Field.Partners", "Field.SubmittedBy", "Field.Types", "Field.Summary", "Field.TargetPopulation", "Field.TargetGroups", "Field.Levels", "Field.Dimensions", "Field.Coverage", "Field.FundingSource", "Field.FundingAmount", "Field.Currency", "Field.StartDate", "Field.EndDate", "Field.Indicators", "Field.LessonsLearned", "Field.Source", "Field.Language", "Field.PublishedAt"],
        (await catalogue.AllProgrammesAsync(query, ct)).Select(x =>
        {
            var p = x.Data;
            return new object?[]
            {
                x.Id.ToString(),
                p.Entry.Number,
                CountryName(p.Country),
                p.Entry.Title,
                p.Entry.TranslatedTitle,
                p.ResponsibleInstitution,
                p.Partners,
                x.Institution,
                Labels(p.Types),
                p.Entry.Summary,
                p.TargetPopulation,
                Labels(p.Entry.TargetGroups),
                Labels(p.Entry.Levels),
                Labels(p.Entry.Dimensions),
                string.Join("; ", p.Coverage.Select(c => $"{c} {Display.Place(c)}")),
                p.FundingSource,
                p.FundingAmount,
                p.Currency,
                Date(p.StartDate),
                Date(p.EndDate),
                string.Join("; ", p.Indicators.Select(Indicator)),
                p.LessonsLearned,
                p.Entry.Source,
                p.Entry.Language,
                p.Entry.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }).ToList());

    private async Task<Table> PracticesAsync(PublicCatalogue.Query query, CancellationToken ct) => new(
        ["Field.Id", "Field.Version", "Field.Kind", "Field.Country", "Field.SubmittedBy", "Field.Title", "Field.TranslatedTitle", "Field.Summary", "Field.Results", "Field.LessonsLearned", "Field.Levels", "Field.Dimensions", "Field.TargetGroups", "Field.Programme", "Field.Source", "Field.Language", "Field.PublishedAt"],
        (await catalogue.AllPracticesAsync(query, ct)).Select(x =>
        {
            var p = x.Data;
            return new object?[]
            {
                x.Id.ToString(),
                p.Entry.Number,
                text.Enum(p.Kind),
                CountryName(p.Country),
                x.Institution,
                p.Entry.Title,
                p.Entry.TranslatedTitle,
                p.Entry.Summary,
                p.Results,
                p.LessonsLearned,
                Labels(p.Entry.Levels),
                Labels(p.Entry.Dimensions),
                Labels(p.Entry.TargetGroups),
                p.ProgrammeTitle,
                p.Entry.Source,
                p.Entry.Language,
                p.Entry.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }).ToList());

    private async Task<Table> RoadmapAsync(PublicCatalogue.Query query, CancellationToken ct) => new(
        ["Field.Id", "Field.Version", "Field.Level", "Field.Dimensions", "Field.Title", "Field.Summary", "Field.TargetGroups", "Field.ResponsibleCountries", "Field.ResponsibleInstitutions", "Field.Term", "Field.DueBy", "Field.Indicators", "Field.Status", "Field.LatestProgress", "Field.Source"],
        (await catalogue.RoadmapAsync(query, ct)).Recommendations.Select(r => new object?[]
        {
            r.Id.ToString(),
            r.Shown.Entry.Number,
            text.Enum(r.Shown.Level),
            Labels(r.Shown.Entry.Dimensions),
            r.Shown.Entry.Title,
            r.Shown.Entry.Summary,
            Labels(r.Shown.Entry.TargetGroups),
            r.Shown.ResponsibleCountries.Count == 0 ? text["Roadmap.AllMemberStates"].Value : string.Join("; ", r.Shown.ResponsibleCountries.Select(CountryName)),
            r.Shown.ResponsibleInstitutions,
            text.Enum(r.Shown.Term),
            Date(r.Shown.DueBy),
            r.Shown.Indicators,
            text.Enum(r.Status),
            r.Progress.Count == 0 ? null : $"{Date(r.Progress[0].ReportedOn)} ({r.Progress[0].InstitutionName}): {r.Progress[0].Text}",
            r.Shown.Entry.Source,
        }).ToList());

    private async Task<Table> BudgetAsync(PublicCatalogue.Query query, CancellationToken ct) => new(
        ["Field.Id", "Field.Country", "Field.Institution", "Field.Purpose", "Field.Recommendation", "Field.FromYear", "Field.ToYear", "Field.Currency", "Field.Amount", "Field.Executed"],
        (await catalogue.RoadmapAsync(query, ct)).Commitments.Select(c => new object?[]
        {
            c.Id.ToString(),
            CountryName(c.Country),
            c.Institution,
            c.Purpose,
            c.RecommendationTitle,
            c.FromYear,
            c.ToYear,
            c.Currency,
            c.Amount,
            c.Executed,
        }).ToList());

    /// <summary>
    /// RFC 4180, UTF-8 with a byte-order mark (so spreadsheet programs read the accents), amounts with a point and two decimals.
    /// A cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
    /// </summary>
    internal static byte[] Csv(IReadOnlyList<string> headers, IReadOnlyList<object?[]> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', headers.Select(Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            sb.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Cell(object? value)
    {
        var s = value switch
        {
            null => "",
            decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            s = "'" + s;
        }
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    private static async Task<byte[]> XlsxAsync(IReadOnlyList<string> headers, IReadOnlyList<object?[]> rows, string sheet, CancellationToken ct)
    {
        var table = new System.Data.DataTable(sheet);
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: sheet.Length > 31 ? sheet[..31] : sheet, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    private string Labels<T>(IReadOnlyList<T> values) where T : struct, Enum => string.Join("; ", values.Select(v => text.Enum(v)));

    private string CountryName(string code) => code == CatalogueChecks.Regional ? text["Country.Regional"] : Display.Country(code);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Indicator(ResultIndicator i) =>
        $"{i.Name}: {i.Achieved?.ToString(CultureInfo.InvariantCulture) ?? "—"} / {i.Target?.ToString(CultureInfo.InvariantCulture) ?? "—"}{(i.Unit is null ? "" : " " + i.Unit)}";
}
