namespace Reintegra.Matching.Normalization;

/// <summary>Turns the typed name fields of a record into a <see cref="NormalizedName"/>.</summary>
internal static class NameNormalizer
{
    public const int MaxGiven = 3;
    public const int MaxSurnames = 3;

    /// <summary>Particles that join names but carry no identity: "María de los Ángeles", "De la Cruz", "Ortega y Gasset".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "di", "van", "von", "der",
    };

    /// <summary>Surnames that begin with "de" as a family name (De León, De Jesús), so "de X" there is not a married name.</summary>
    private static readonly HashSet<string> DeSurnames = new(StringComparer.Ordinal)
    {
        "leon", "jesus", "dios", "paz", "oca", "lara", "luna", "haro", "gante", "alba", "aguilar", "anda",
    };

    public static NormalizedName Normalize(string? givenNames, string? firstSurname, string? secondSurname, Sex sex)
    {
        var variants = NameVariants.Default;
        var given = new List<string>(MaxGiven);
        foreach (var token in NameTokenizer.Tokenize(givenNames))
        {
            if (given.Count == MaxGiven)
            {
                break;
            }

            if (Particles.Contains(token.Text) && !token.Abbreviated)
            {
                continue;
            }

            given.Add(variants.ExpandGiven(token.Text) ?? token.Text);
        }

        var stream = new List<(string Text, bool SecondField)>(6);
        foreach (var token in NameTokenizer.Tokenize(firstSurname))
        {
            stream.Add((token.Text, false));
        }

        foreach (var token in NameTokenizer.Tokenize(secondSurname))
        {
            stream.Add((token.Text, true));
        }

        var marriedAt = FindMarriedName(stream, sex);
        var surnames = new List<string>(MaxSurnames);
        var married = new List<string>(1);
        for (var i = 0; i < stream.Count; i++)
        {
            var text = stream[i].Text;
            if (text is "vda" or "viuda" || Particles.Contains(text))
            {
                continue;
            }

            // "San Martín", "Santa Cruz": joined so that "Santacruz" agrees with it.
            if (text is "san" or "santa" or "santo" && i + 1 < stream.Count && !Particles.Contains(stream[i + 1].Text))
            {
                text += stream[++i].Text;
            }

            text = variants.ExpandSurname(text) ?? text;
            var target = marriedAt >= 0 && i > marriedAt ? married : surnames;
            if (target.Count < (target == married ? 1 : MaxSurnames))
            {
                target.Add(text);
            }
        }

        return new NormalizedName([.. given], [.. surnames], [.. married]);
    }

    /// <summary>Index of the "de"/"viuda" that starts a married name, or -1.</summary>
    private static int FindMarriedName(List<(string Text, bool SecondField)> stream, Sex sex)
    {
        var before = 0;
        for (var i = 0; i < stream.Count; i++)
        {
            var text = stream[i].Text;
            if (text is "vda" or "viuda" && before > 0)
            {
                return i;
            }

            var isLastName = i + 2 == stream.Count;
            if (text == "de" && isLastName && before > 0 && sex != Sex.Male)
            {
                var next = stream[i + 1].Text;
                var compound = Particles.Contains(next) || DeSurnames.Contains(next);
                if (!compound && (before >= 2 || stream[i].SecondField))
                {
                    return i;
                }
            }

            if (!Particles.Contains(text))
            {
                before++;
            }
        }

        return -1;
    }
}
