namespace Reintegra.Matching.Indexing;

/// <summary>
/// The blocking rules: a candidate is any person sharing at least one key. Their union is designed to keep
/// nearly every true pair (measured by the bench) while each key stays selective:
/// a surname (phonetic) with a given name (phonetic or nickname group), both surnames in any order,
/// a given name with the full date of birth, and a document number.
/// </summary>
internal static class BlockingKeys
{
    private const ulong SurnameGiven = 1, SurnamePair = 2, GivenBirthDate = 3, Document = 4;

    /// <param name="row">The record whose keys are wanted.</param>
    /// <param name="context">Resolves the row's ids.</param>
    /// <param name="keys">Receives the distinct keys.</param>
    /// <param name="forQuery">Adds keys only worth probing, never storing: the date of birth with day and month swapped.</param>
    public static void Collect(in PersonRow row, in RowContext context, List<ulong> keys, bool forQuery)
    {
        keys.Clear();
        for (var s = 0; s < row.SurnameCount + (row.Married != 0 ? 1 : 0); s++)
        {
            var surname = context.Token(s < row.SurnameCount ? row.Surnames[s] : row.Married);
            if (surname.IsInitial)
            {
                continue;
            }

            for (var g = 0; g < row.GivenCount; g++)
            {
                var given = context.Token(row.Given[g]);
                if (given.IsInitial)
                {
                    continue;
                }

                foreach (var key in given.GivenKeys)
                {
                    AddDistinct(keys, KeyHash.Combine(SurnameGiven, surname.PhoneticHash, key));
                }
            }
        }

        for (var i = 0; i < row.SurnameCount; i++)
        {
            for (var j = i + 1; j < row.SurnameCount; j++)
            {
                var a = context.Token(row.Surnames[i]).PhoneticHash;
                var b = context.Token(row.Surnames[j]).PhoneticHash;
                AddDistinct(keys, KeyHash.Combine(SurnamePair, Math.Min(a, b), Math.Max(a, b)));
            }
        }

        if (row.BirthDate.IsFull)
        {
            var date = row.BirthDate;
            var swapped = forQuery && date.Day <= 12 && date.Day != date.Month ? new BirthDate(date.Year, date.Day, date.Month) : default;
            for (var g = 0; g < row.GivenCount; g++)
            {
                var given = context.Token(row.Given[g]);
                if (given.IsInitial)
                {
                    continue;
                }

                foreach (var key in given.GivenKeys)
                {
                    AddDistinct(keys, KeyHash.Combine(GivenBirthDate, key, (ulong)date.Packed));
                    if (swapped.IsFull)
                    {
                        AddDistinct(keys, KeyHash.Combine(GivenBirthDate, key, (ulong)swapped.Packed));
                    }
                }
            }
        }

        for (var d = 0; d < row.DocumentCount; d++)
        {
            AddDistinct(keys, KeyHash.Combine(Document, KeyHash.Of(context.Document(row.DocumentNumbers[d])), 0));
        }
    }

    private static void AddDistinct(List<ulong> keys, ulong key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
