namespace Reintegra.Matching.Indexing;

/// <summary>
/// The blocking rules: a candidate is anyone sharing at least one key with the query. Surnames in the region are
/// few and very common (López, Pérez, García cover a fifth of Guatemala), so name keys also carry the birth year;
/// a query probes the neighbouring years (three either way for an estimated age, which is also stored under seven years),
/// and every year when it has none. Each rule tolerates errors in the fields
/// it leaves out, and their union keeps nearly every true pair (the bench measures how nearly):
/// <list type="bullet">
/// <item>surname × given name × year (phonetic surname, phonetic or nickname-group given name): tolerates a missing or
/// misspelt other surname, swapped surnames, a changed date;</item>
/// <item>both surnames × year: tolerates any change of given name;</item>
/// <item>both surnames × given name × decade: tolerates a wrong year;</item>
/// <item>surname prefix × given-name prefix × year: tolerates typos past the third sound;</item>
/// <item>given name × year × initial of the surname: tolerates a misspelt surname;</item>
/// <item>given name × full date of birth, and full date × initial of a surname: tolerate misspelt or changed surnames;</item>
/// <item>document number.</item>
/// </list>
/// </summary>
internal static class BlockingKeys
{
    private const ulong SurnameGivenYear = 1, SurnamePairYear = 2, GivenBirthDate = 3, Document = 4, SurnamePairGivenDecade = 5,
        PrefixYear = 6, BirthDateInitial = 7, GivenYearSurnameInitial = 8;

    private const int MaxGivenForKeys = 2;
    private const int FirstYear = 1900;
    private const int EstimateSpread = 3;

    /// <param name="row">The record whose keys are wanted.</param>
    /// <param name="context">Resolves the row's ids.</param>
    /// <param name="keys">Receives the distinct keys.</param>
    /// <param name="forQuery">Keys to probe rather than store: neighbouring years and the date with day and month swapped.</param>
    public static void Collect(in PersonRow row, in RowContext context, List<ulong> keys, bool forQuery)
    {
        keys.Clear();
        Span<int> years = stackalloc int[DateTime.UtcNow.Year - FirstYear + 3];
        var yearCount = Years(row.BirthDate, forQuery, years);
        years = years[..yearCount];
        Span<int> decades = stackalloc int[years.Length];
        var decadeCount = 0;
        foreach (var y in years)
        {
            var d = y / 10;
            if (!decades[..decadeCount].Contains(d))
            {
                decades[decadeCount++] = d;
            }
        }

        if (forQuery && row.BirthDate.IsKnown)
        {
            // A wrong year is tolerated up to five years by the decade key.
            foreach (var d in (ReadOnlySpan<int>)[(row.BirthDate.Year - 5) / 10, (row.BirthDate.Year + 5) / 10])
            {
                if (!decades[..decadeCount].Contains(d) && decadeCount < decades.Length)
                {
                    decades[decadeCount++] = d;
                }
            }
        }

        decades = decades[..decadeCount];
        var surnameCount = row.SurnameCount + (row.Married != 0 ? 1 : 0);
        var givenCount = Math.Min((int)row.GivenCount, MaxGivenForKeys);
        for (var s = 0; s < surnameCount; s++)
        {
            var surname = context.Token(s < row.SurnameCount ? row.Surnames[s] : row.Married);
            if (surname.IsInitial)
            {
                continue;
            }

            var surnamePrefix = KeyHash.Of(Prefix(surname.Phonetic));
            for (var g = 0; g < givenCount; g++)
            {
                var given = context.Token(row.Given[g]);
                if (given.IsInitial)
                {
                    continue;
                }

                foreach (var key in given.GivenKeys)
                {
                    var pair = KeyHash.Combine(SurnameGivenYear, surname.PhoneticHash, key);
                    foreach (var y in years)
                    {
                        AddDistinct(keys, KeyHash.Combine(SurnameGivenYear, pair, (ulong)y));
                    }
                }

                if (s < 2 && g == 0)
                {
                    foreach (var key in given.GivenKeys)
                    {
                        var givenInitial = KeyHash.Combine(GivenYearSurnameInitial, key, Initial(surname.Phonetic));
                        foreach (var y in years)
                        {
                            AddDistinct(keys, KeyHash.Combine(GivenYearSurnameInitial, givenInitial, (ulong)y));
                        }
                    }

                    var prefixes = KeyHash.Combine(PrefixYear, surnamePrefix, KeyHash.Of(Prefix(given.Phonetic)));
                    foreach (var y in years)
                    {
                        AddDistinct(keys, KeyHash.Combine(PrefixYear, prefixes, (ulong)y));
                    }
                }
            }
        }

        for (var i = 0; i < row.SurnameCount; i++)
        {
            for (var j = i + 1; j < row.SurnameCount; j++)
            {
                var a = context.Token(row.Surnames[i]).PhoneticHash;
                var b = context.Token(row.Surnames[j]).PhoneticHash;
                var pair = KeyHash.Combine(SurnamePairYear, Math.Min(a, b), Math.Max(a, b));
                foreach (var y in years)
                {
                    AddDistinct(keys, KeyHash.Combine(SurnamePairYear, pair, (ulong)y));
                }

                for (var g = 0; g < givenCount; g++)
                {
                    var given = context.Token(row.Given[g]);
                    if (given.IsInitial)
                    {
                        continue;
                    }

                    foreach (var key in given.GivenKeys)
                    {
                        var withGiven = KeyHash.Combine(SurnamePairGivenDecade, pair, key);
                        foreach (var d in decades)
                        {
                            AddDistinct(keys, KeyHash.Combine(SurnamePairGivenDecade, withGiven, (ulong)d));
                        }
                    }
                }
            }
        }

        if (row.BirthDate.IsFull)
        {
            var date = row.BirthDate;
            var swapped = forQuery && date.Day <= 12 && date.Day != date.Month ? new BirthDate(date.Year, date.Day, date.Month) : default;
            AddDateKeys(row, context, keys, date.Packed, givenCount, surnameCount);
            if (swapped.IsFull)
            {
                AddDateKeys(row, context, keys, swapped.Packed, givenCount, surnameCount);
            }
        }

        for (var d = 0; d < row.DocumentCount; d++)
        {
            AddDistinct(keys, KeyHash.Combine(Document, KeyHash.Of(context.Document(row.DocumentNumbers[d])), 0));
        }
    }

    private static void AddDateKeys(in PersonRow row, in RowContext context, List<ulong> keys, int packed, int givenCount, int surnameCount)
    {
        for (var g = 0; g < givenCount; g++)
        {
            var given = context.Token(row.Given[g]);
            if (given.IsInitial)
            {
                continue;
            }

            foreach (var key in given.GivenKeys)
            {
                AddDistinct(keys, KeyHash.Combine(GivenBirthDate, key, (ulong)packed));
            }
        }

        for (var s = 0; s < surnameCount; s++)
        {
            var surname = context.Token(s < row.SurnameCount ? row.Surnames[s] : row.Married);
            AddDistinct(keys, KeyHash.Combine(BirthDateInitial, (ulong)packed, Initial(surname.Phonetic)));
        }
    }

    /// <summary>The years a record is stored under (one) or probed under (neighbours, or all when unknown). 0 stands for "no year".</summary>
    private static int Years(BirthDate date, bool forQuery, Span<int> years)
    {
        // An age given at the desk is often two years off, and its conversion to a year adds one more.
        if (!forQuery)
        {
            if (!date.IsEstimated)
            {
                years[0] = date.Year;
                return 1;
            }

            for (var k = 0; k <= 2 * EstimateSpread; k++)
            {
                years[k] = date.Year - EstimateSpread + k;
            }

            return 2 * EstimateSpread + 1;
        }

        var n = 0;
        years[n++] = 0;
        if (!date.IsKnown)
        {
            for (var y = FirstYear; y <= DateTime.UtcNow.Year + 1 && n < years.Length; y++)
            {
                years[n++] = y;
            }

            return n;
        }

        var spread = date.IsEstimated ? EstimateSpread : 1;
        for (var y = date.Year - spread; y <= date.Year + spread; y++)
        {
            years[n++] = y;
        }

        return n;
    }

    private static ulong Initial(string phonetic) => phonetic.Length > 0 ? phonetic[0] : 0UL;

    private static ReadOnlySpan<char> Prefix(string phonetic) => phonetic.AsSpan(0, Math.Min(3, phonetic.Length));

    /// <summary>Stored keys must be distinct (one posting entry each); a long probe list may repeat a key harmlessly.</summary>
    private static void AddDistinct(List<ulong> keys, ulong key)
    {
        if (keys.Count > 64 || !keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
