namespace Reintegra.Matching.Scoring;

/// <summary>
/// The ordered comparison levels of each field (level 0 is always "null": a side is missing, weight 0).
/// Levels marked for term frequency replace the generic u by how common the agreeing value is,
/// so agreeing on "García" weighs less than agreeing on "Xicoténcatl".
/// </summary>
internal static class Levels
{
    public const int FieldCount = 7;

    public static readonly string[] FieldNames = ["givenNames", "surnames", "birthDate", "sex", "documents", "nationality", "origin"];

    public static readonly string[][] Names =
    [
        ["null", "exact", "subset", "nickname", "phonetic", "similar", "initial", "conflict", "different"],
        ["null", "both_exact", "both_exact_swapped", "both_similar", "one_exact_other_missing", "one_exact_other_differs", "one_similar", "different"],
        ["null", "exact", "day_month_swapped", "one_digit", "year_only", "same_year", "within_one_year", "within_five_years", "different"],
        ["null", "same", "different"],
        ["null", "same", "one_edit", "conflict"],
        ["null", "same", "different"],
        ["null", "same_admin2", "same_admin1", "different"],
    ];

    public static readonly bool[][] TermFrequency =
    [
        [false, true, true, false, false, false, false, false, false],
        [false, true, true, false, true, true, false, false],
        [false, true, false, false, false, false, false, false, false],
        [false, false, false],
        [false, false, false, false],
        [false, false, false],
        [false, false, false, false],
    ];

    public static int Find(int field, string name) => Array.IndexOf(Names[field], name);
}

internal static class GivenLevel
{
    public const int Null = 0, Exact = 1, Subset = 2, Nickname = 3, Phonetic = 4, Similar = 5, Initial = 6, Conflict = 7, Different = 8;
}

internal static class SurnameLevel
{
    public const int Null = 0, BothExact = 1, BothExactSwapped = 2, BothSimilar = 3, OneExactOtherMissing = 4, OneExactOtherDiffers = 5, OneSimilar = 6, Different = 7;
}

internal static class DateLevel
{
    public const int Null = 0, Exact = 1, DayMonthSwapped = 2, OneDigit = 3, YearOnly = 4, SameYear = 5, WithinOneYear = 6, WithinFiveYears = 7, Different = 8;
}

internal static class SimpleLevel
{
    public const int Null = 0, Same = 1, Different = 2;
}

internal static class DocumentLevel
{
    public const int Null = 0, Same = 1, OneEdit = 2, Conflict = 3;
}

internal static class OriginLevel
{
    public const int Null = 0, SameAdmin2 = 1, SameAdmin1 = 2, Different = 3;
}
