using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// A breakdown as a CSV or XLSX file: one header row in the user's language, optionally a row of HXL hashtags
/// (Humanitarian Exchange Language) under it, then one row per category and the total. Suppressed cells are empty.
/// </summary>
public sealed class ExportFigures(IStringLocalizer<StatisticsText> text)
{
    public sealed record File(byte[] Content, string ContentType, string Name);

    /// <summary>Who or what a file counts: its file name prefix and its HXL hashtag.</summary>
    public sealed record Subject(string FilePrefix, string Hashtag);

    public static readonly Subject Returns = new("returns", "#affected+returnees");

    /// <summary>The subject of a reintegration measure: HXL indicators (counts, or a median in days).</summary>
    public static Subject Of(ReadReintegrationFigures.Table t) => t.Measure switch
    {
        ReintegrationSchema.Opened => new("cases-opened", "#indicator+cases+opened+num"),
        ReintegrationSchema.Closed => new("cases-closed", "#indicator+cases+closed+num"),
        ReintegrationSchema.Referrals => new("referrals", "#indicator+referrals+num"),
        _ => new("days-to-first-referral", "#indicator+days+first_referral+median"),
    };

    public File Csv(ReadReintegrationFigures.Table table, bool hxl) => Csv(table.Figures, hxl, Of(table));

    public File Xlsx(ReadReintegrationFigures.Table table, bool hxl) => Xlsx(table.Figures, hxl, Of(table));

    public File Csv(ReadReturnFigures.Table table, bool hxl, Subject? subject = null)
    {
        subject ??= Returns;
        var sb = new StringBuilder();
        foreach (var row in Rows(table, hxl, subject))
        {
            sb.AppendJoin(',', row.Select(v => Quote(v switch
            {
                null => "",
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => v.ToString() ?? "",
            })));
            sb.Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
        return new File(bytes, "text/csv; charset=utf-8", FileName(table, subject, "csv"));
    }

    public File Xlsx(ReadReturnFigures.Table table, bool hxl, Subject? subject = null)
    {
        subject ??= Returns;
        var rows = Rows(table, hxl, subject).ToList();
        var header = rows[0].Select(h => (string)h!).ToList();
        var data = rows.Skip(1).Select(r =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < header.Count; i++)
            {
                d[header[i]] = r[i];
            }
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: text["Export.Sheet"]);
        return new File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(table, subject, "xlsx"));
    }

    private static string FileName(ReadReturnFigures.Table t, Subject subject, string ext) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject.FilePrefix}-{t.Period}-{t.By}{(t.FilterCode is null ? "" : "-" + t.FilterCode)}.{ext}")
            .Replace('+', 'p');

    private IEnumerable<object?[]> Rows(ReadReturnFigures.Table t, bool hxl, Subject subject)
    {
        yield return
        [
            text["Export.Period"].Value, text["Export.Code"].Value, text["Export.Name"].Value,
            text["Total"].Value, text["Female"].Value, text["Male"].Value, text["OtherSex"].Value,
            text["Export.PreviousTotal", t.PreviousPeriod].Value, text["Export.PreviousFemale"].Value, text["Export.PreviousMale"].Value, text["Export.PreviousOther"].Value,
        ];
        if (hxl)
        {
            var (code, name) = LabelTags(t, subject);
            var who = subject.Hashtag + AgeAttribute(t);
            string Sex(string attribute) => who + attribute;
            var total = t.Sex switch
            {
                "Female" => Sex("+f"),
                "Male" => Sex("+m"),
                "Other" => Sex("+i"),
                _ => who + "+ind",
            };
            yield return
            [
                "#date+period", code, name, total, Sex("+f"), Sex("+m"), Sex("+i"),
                total + "+previous", Sex("+f+previous"), Sex("+m+previous"), Sex("+i+previous"),
            ];
        }
        foreach (var r in t.Rows.Append(t.Total))
        {
            yield return [t.Period, r.Code, r.Label, r.Current.Total, r.Current.Female, r.Current.Male, r.Current.Other,
                r.Previous.Total, r.Previous.Female, r.Previous.Male, r.Previous.Other];
        }
    }

    /// <summary>HXL hashtags of the code and name columns: places by P-code, countries by ISO alpha-2, months as dates.</summary>
    private static (string Code, string Name) LabelTags(ReadReturnFigures.Table t, Subject subject) => t.By switch
    {
        ReturnSchema.Origin when t.FilterField == ReturnSchema.Origin && subject == Returns => ("#adm2+code+origin", "#adm2+name+origin"),
        ReturnSchema.Origin => ("#adm1+code+origin", "#adm1+name+origin"),
        ReturnSchema.ReturnedFrom => ("#country+code+v_iso2+from", "#country+name+from"),
        ReadReturnFigures.ByMonth => ("#date+reported", "#date+name"),
        _ => ("#meta+code+" + t.By.ToLowerInvariant(), "#meta+name+" + t.By.ToLowerInvariant()),
    };

    private static string AgeAttribute(ReadReturnFigures.Table t) => t.FilterField != ReturnSchema.AgeGroup ? "" : t.FilterCode switch
    {
        ReturnSchema.Children => "+children",
        "0-11" => "+children+age0_11",
        "12-17" => "+adolescents+age12_17",
        ReturnSchema.Adults => "+adults",
        "18-29" => "+adults+age18_29",
        "30-59" => "+adults+age30_59",
        "60+" => "+elderly+age60plus",
        _ => "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
