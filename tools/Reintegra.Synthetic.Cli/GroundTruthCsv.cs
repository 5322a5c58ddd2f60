using System.Globalization;
using Reintegra.Synthetic;

/// <summary>Every field of a record plus its ground truth, one row per record, for harnesses outside .NET.</summary>
internal static class GroundTruthCsv
{
    public static void WriteHeader(TextWriter writer) => writer.Write(
        "set,record_key,person_key,given_names,first_surname,second_surname,sex,date_of_birth,birth_year,estimated_age," +
        "nationality,document_type,document_number,document_country,origin_admin1,origin_admin2,phone,languages," +
        "arrival_key,arrival_utc,mode,returned_from,return_category,months_abroad,family_group_key,accompanying_adult_key," +
        "child_status,vulnerabilities,is_repeat,variations,look_alike,look_alike_of\n");

    public static void Write(TextWriter writer, string set, Returnee r)
    {
        var document = r.Documents.Count > 0 ? r.Documents[0] : null;
        var c = CultureInfo.InvariantCulture;
        string[] fields =
        [
            set, r.RecordKey.ToString(c), r.PersonKey.ToString(c), r.GivenNames, r.FirstSurname, r.SecondSurname ?? "",
            r.Sex.ToString(), r.DateOfBirth?.ToString("yyyy-MM-dd", c) ?? "", r.BirthYear?.ToString(c) ?? "",
            r.EstimatedAge?.ToString(c) ?? "", r.Nationality, document?.Type ?? "", document?.Number ?? "",
            document?.IssuingCountry ?? "", r.OriginAdmin1, r.OriginAdmin2, r.Phone ?? "", string.Join(' ', r.Languages),
            r.ArrivalKey, r.ArrivalUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", c), r.Mode, r.ReturnedFrom, r.ReturnCategory,
            r.MonthsAbroad?.ToString(c) ?? "", r.FamilyGroupKey ?? "", r.AccompanyingAdultKey?.ToString(c) ?? "",
            r.ChildStatus ?? "", string.Join(' ', r.Vulnerabilities), r.IsRepeatReturn ? "1" : "0",
            r.Variations == RecordVariations.None ? "" : r.Variations.ToString().Replace(", ", "|", StringComparison.Ordinal),
            r.LookAlike == LookAlike.None ? "" : r.LookAlike.ToString().ToLowerInvariant(), r.LookAlikeOf?.ToString(c) ?? "",
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            var value = fields[i];
            if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }
        writer.Write('\n');
    }
}
