namespace Reintegra.JobMatching;

/// <summary>A candidate as the scorer reads it: spans into the index's flat arrays.</summary>
internal readonly ref struct CandidateView
{
    public ReadOnlySpan<int> Occupations { get; init; }

    /// <summary>Years per occupation; -1 for an occupation the person wants but has not held.</summary>
    public ReadOnlySpan<int> Years { get; init; }

    /// <summary>Skill ids, sorted.</summary>
    public ReadOnlySpan<int> Skills { get; init; }

    /// <summary>Language id × 8 + level.</summary>
    public ReadOnlySpan<int> Languages { get; init; }

    /// <summary>ISCO minor groups (three digits) of the certificates held.</summary>
    public ReadOnlySpan<int> Certificates { get; init; }

    public int Adm2 { get; init; }

    public int Adm1 { get; init; }

    public int Country { get; init; }

    public Mobility Mobility { get; init; }

    public int AvailableDay { get; init; }
}

/// <summary>A vacancy as the scorer reads it.</summary>
internal readonly ref struct VacancyView
{
    public int Isco { get; init; }

    public int MinYears { get; init; }

    /// <summary>Skill ids asked for (-1 for a skill no candidate has).</summary>
    public ReadOnlySpan<int> Skills { get; init; }

    public int Language { get; init; }

    public int LanguageLevel { get; init; }

    public bool CertificationRequired { get; init; }

    public int Adm2 { get; init; }

    public int Adm1 { get; init; }

    public int Country { get; init; }

    public int StartDay { get; init; }
}

/// <summary>
/// The one scoring function both directions use. It returns -1 when the pair shares no ISCO major group (not a
/// match at all), else the score out of 100; when the <c>why</c> span has room it also writes one explanation per
/// factor (the <c>why</c> span). Allocation-free: ranking 200,000 profiles is a loop over integers.
/// </summary>
internal static class Scorer
{
    public const int Factors = 7;

    public static int Score(in CandidateView c, in VacancyView v, Span<Explanation> why)
    {
        // Occupation: the closest ISCO group any held or wanted occupation shares with the vacancy.
        var bestDigits = 0;
        var years = 0;
        for (var i = 0; i < c.Occupations.Length; i++)
        {
            var digits = SharedDigits(c.Occupations[i], v.Isco);
            if (digits > bestDigits)
            {
                bestDigits = digits;
            }
            // Experience counts years in occupations of the same sub-major group (similar work).
            if (digits >= 2 && c.Years[i] > 0)
            {
                years += c.Years[i];
            }
        }
        if (bestDigits == 0)
        {
            return -1;
        }
        var explain = why.Length >= Factors;
        var occupation = Weights.ForSharedDigits(bestDigits);

        var target = Math.Max(v.MinYears, 1);
        var experience = years >= target ? Weights.Experience : years * Weights.Experience / target;

        var matched = 0;
        foreach (var s in v.Skills)
        {
            if (s >= 0 && c.Skills.BinarySearch(s) >= 0)
            {
                matched++;
            }
        }
        var skills = v.Skills.Length == 0 ? Weights.Skills : matched * Weights.Skills / v.Skills.Length;

        var language = Weights.Language;
        var spoken = 0;
        if (v.Language >= 0 || v.LanguageLevel > 0)
        {
            foreach (var l in c.Languages)
            {
                if (l >> 3 == v.Language)
                {
                    spoken = l & 7;
                }
            }
            language = spoken >= v.LanguageLevel ? Weights.Language : spoken == v.LanguageLevel - 1 && spoken > 0 ? Weights.Language / 2 : 0;
        }

        var certified = false;
        if (v.CertificationRequired)
        {
            foreach (var m in c.Certificates)
            {
                certified |= m == v.Isco / 10;
            }
        }
        var certification = !v.CertificationRequired || certified ? Weights.Certification : 0;

        Reason placeReason;
        int place;
        if (c.Country != v.Country || c.Country < 0)
        {
            (placeReason, place) = (Reason.OtherCountry, 0);
        }
        else if (c.Adm2 >= 0 && c.Adm2 == v.Adm2)
        {
            (placeReason, place) = (Reason.SameMunicipality, Weights.Place);
        }
        else if (c.Adm1 >= 0 && c.Adm1 == v.Adm1)
        {
            (placeReason, place) = (Reason.SameDepartment, c.Mobility >= Mobility.WithinDepartment ? 7 : 4);
        }
        else
        {
            (placeReason, place) = c.Mobility == Mobility.WithinCountry ? (Reason.SameCountryWillingToMove, 5) : (Reason.SameCountry, 1);
        }

        var late = c.AvailableDay - v.StartDay;
        var availability = late <= 0 ? Weights.Availability : late <= 30 ? Weights.Availability / 2 : 0;

        if (explain)
        {
            why[0] = new Explanation(Factor.Occupation, bestDigits switch
            {
                4 => Reason.SameUnitGroup,
                3 => Reason.SameMinorGroup,
                2 => Reason.SameSubMajorGroup,
                _ => Reason.SameMajorGroup,
            }, occupation, Weights.Occupation);
            why[1] = new Explanation(Factor.Experience, years == 0 ? Reason.NoExperience : years >= v.MinYears ? Reason.ExperienceEnough : Reason.ExperienceShort,
                experience, Weights.Experience, years, v.MinYears);
            why[2] = new Explanation(Factor.Skills, v.Skills.Length == 0 ? Reason.NoSkillsAsked : Reason.SkillsMatched, skills, Weights.Skills, matched, v.Skills.Length);
            why[3] = new Explanation(Factor.Language, v.Language < 0 && v.LanguageLevel == 0 ? Reason.NoLanguageAsked
                : language == Weights.Language ? Reason.LanguageMet : language > 0 ? Reason.LanguageOneLevelBelow : Reason.LanguageMissing,
                language, Weights.Language, spoken, v.LanguageLevel);
            why[4] = new Explanation(Factor.Certification, !v.CertificationRequired ? Reason.NoCertificationAsked : certified ? Reason.CertificationHeld : Reason.CertificationMissing,
                certification, Weights.Certification);
            why[5] = new Explanation(Factor.Place, placeReason, place, Weights.Place);
            why[6] = new Explanation(Factor.Availability, late <= 0 ? Reason.AvailableInTime : Reason.AvailableLater, availability, Weights.Availability, Math.Max(late, 0));
        }
        return occupation + experience + skills + language + certification + place + availability;
    }

    /// <summary>How many leading digits two unit groups share: 4 same unit group, 3 minor, 2 sub-major, 1 major, 0 none.</summary>
    public static int SharedDigits(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return 0;
        }
        if (a == b)
        {
            return 4;
        }
        if (a / 10 == b / 10)
        {
            return 3;
        }
        if (a / 100 == b / 100)
        {
            return 2;
        }
        return a / 1000 == b / 1000 ? 1 : 0;
    }
}
