using Reintegra.Matching.Indexing;

namespace Reintegra.Matching.Scoring;

/// <summary>Comparisons of the fields that are not names.</summary>
internal static class FieldComparer
{
    public static int CompareBirthDates(BirthDate a, BirthDate b, TermFrequencies tf, out double frequency, out string reason)
    {
        frequency = double.NaN;
        if (!a.IsKnown || !b.IsKnown)
        {
            reason = "dob_missing";
            return DateLevel.Null;
        }

        var years = Math.Abs(a.Year - b.Year);
        if (a.IsFull && b.IsFull)
        {
            if (a.Month == b.Month && a.Day == b.Day && years == 0)
            {
                frequency = tf.BirthDate(a.Packed);
                reason = "dob_exact";
                return DateLevel.Exact;
            }

            if (years == 0 && a.Day == b.Month && a.Month == b.Day)
            {
                reason = "dob_day_month_swapped";
                return DateLevel.DayMonthSwapped;
            }

            if (DiffersByOneDigit(a.Packed, b.Packed))
            {
                reason = "dob_one_digit";
                return DateLevel.OneDigit;
            }

            if (years == 0)
            {
                // 1 January is what forms default to when only the year was known.
                var defaulted = (a.Month == 1 && a.Day == 1) || (b.Month == 1 && b.Day == 1);
                reason = defaulted ? "dob_default_january_first" : "dob_same_year";
                return defaulted ? DateLevel.YearOnly : DateLevel.SameYear;
            }
        }
        else if (a.IsEstimated || b.IsEstimated)
        {
            // An age given at the desk is good to about a year either way.
            if (years <= 1)
            {
                reason = "dob_estimated_age_agrees";
                return DateLevel.YearOnly;
            }

            if (years <= 2)
            {
                reason = "dob_within_one_year";
                return DateLevel.WithinOneYear;
            }
        }
        else if (years == 0)
        {
            var monthsConflict = a.Month != 0 && b.Month != 0 && a.Month != b.Month
                && !(a.Day == b.Month && a.Month == b.Day);
            reason = monthsConflict ? "dob_same_year" : "dob_year_only";
            return monthsConflict ? DateLevel.SameYear : DateLevel.YearOnly;
        }

        if (years <= 1)
        {
            reason = "dob_within_one_year";
            return DateLevel.WithinOneYear;
        }

        if (years <= 5)
        {
            reason = "dob_within_five_years";
            return DateLevel.WithinFiveYears;
        }

        reason = "dob_different";
        return DateLevel.Different;
    }

    /// <summary>One digit of yyyymmdd mistyped, or two adjacent digits transposed.</summary>
    internal static bool DiffersByOneDigit(int x, int y)
    {
        Span<int> a = stackalloc int[8];
        Span<int> b = stackalloc int[8];
        for (var i = 7; i >= 0; i--)
        {
            a[i] = x % 10;
            b[i] = y % 10;
            x /= 10;
            y /= 10;
        }

        var first = -1;
        var differences = 0;
        for (var i = 0; i < 8; i++)
        {
            if (a[i] != b[i])
            {
                if (differences++ == 0)
                {
                    first = i;
                }
            }
        }

        return differences == 1
            || (differences == 2 && first < 7 && a[first] == b[first + 1] && a[first + 1] == b[first]);
    }

    public static int CompareSex(Sex a, Sex b, out string reason)
    {
        if (a == Sex.Unknown || b == Sex.Unknown)
        {
            reason = "sex_missing";
            return SimpleLevel.Null;
        }

        reason = a == b ? "sex_same" : "sex_different";
        return a == b ? SimpleLevel.Same : SimpleLevel.Different;
    }

    /// <summary>Equal numbers are strong evidence; a different number of the same type is weak evidence against (documents get renewed).</summary>
    public static int CompareDocuments(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, out string reason)
    {
        if (a.DocumentCount == 0 || b.DocumentCount == 0)
        {
            reason = "document_missing";
            return DocumentLevel.Null;
        }

        var level = DocumentLevel.Null;
        for (var i = 0; i < a.DocumentCount; i++)
        {
            for (var j = 0; j < b.DocumentCount; j++)
            {
                if (a.DocumentNumbers[i] == b.DocumentNumbers[j])
                {
                    reason = "document_same";
                    return DocumentLevel.Same;
                }

                if (a.DocumentTypes[i] != b.DocumentTypes[j])
                {
                    continue;
                }

                if (StringDistance.WithinOneEdit(ca.Document(a.DocumentNumbers[i]), cb.Document(b.DocumentNumbers[j])))
                {
                    level = DocumentLevel.OneEdit;
                }
                else if (level == DocumentLevel.Null)
                {
                    level = DocumentLevel.Conflict;
                }
            }
        }

        reason = level switch
        {
            DocumentLevel.OneEdit => "document_one_edit",
            DocumentLevel.Conflict => "document_conflict",
            _ => "document_no_common_type",
        };
        return level;
    }

    public static int CompareNationality(int a, int b, out string reason)
    {
        if (a == 0 || b == 0)
        {
            reason = "nationality_missing";
            return SimpleLevel.Null;
        }

        reason = a == b ? "nationality_same" : "nationality_different";
        return a == b ? SimpleLevel.Same : SimpleLevel.Different;
    }

    public static int CompareOrigin(in PersonRow a, in PersonRow b, out string reason)
    {
        if (a.Origin == 0 || b.Origin == 0)
        {
            reason = "origin_missing";
            return OriginLevel.Null;
        }

        if (a.Origin == b.Origin)
        {
            reason = "origin_same_municipality";
            return OriginLevel.SameAdmin2;
        }

        if (a.OriginAdmin1 == b.OriginAdmin1 && a.OriginAdmin1 > 0)
        {
            reason = "origin_same_department";
            return OriginLevel.SameAdmin1;
        }

        reason = "origin_different";
        return OriginLevel.Different;
    }
}
