using Reintegra.Matching.Indexing;

namespace Reintegra.Matching.Scoring;

/// <summary>
/// Compares given names and surnames token by token with a best one-to-one assignment, so that order,
/// a dropped second given name, swapped surnames or a married name do not read as disagreement.
/// </summary>
internal static class NameComparer
{
    private const int Exact = 5, Nickname = 4, Phonetic = 3, Similar = 2, Initial = 1, None = 0;
    private const double GivenSimilarity = 0.88;
    private const double SurnameSimilarity = 0.92;

    public static int CompareGiven(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, TermFrequencies tf, out double frequency, out string reason)
    {
        frequency = double.NaN;
        if (a.GivenCount == 0 || b.GivenCount == 0)
        {
            reason = "given_name_missing";
            return GivenLevel.Null;
        }

        Span<int> quality = stackalloc int[9];
        for (var i = 0; i < a.GivenCount; i++)
        {
            var ta = ca.Token(a.Given[i]);
            for (var j = 0; j < b.GivenCount; j++)
            {
                quality[i * 3 + j] = Relate(cb.Relations, ta, a.Given[i], cb, b.Given[j], GivenKind);
            }
        }

        Span<int> rowMatch = stackalloc int[3];
        Span<int> colMatch = stackalloc int[3];
        var matched = Assign(quality, a.GivenCount, b.GivenCount, rowMatch, colMatch, out var worst, out var best);
        if (matched == 0)
        {
            reason = "given_name_different";
            return GivenLevel.Different;
        }

        var unmatchedA = a.GivenCount - matched;
        var unmatchedB = b.GivenCount - matched;
        if (unmatchedA > 0 && unmatchedB > 0)
        {
            reason = best >= Similar ? "given_name_conflict" : "given_name_different";
            return best >= Similar ? GivenLevel.Conflict : GivenLevel.Different;
        }

        if (worst == Exact)
        {
            // The rarest agreeing name sets the weight: "María Guadalupe" counts as much as "Guadalupe".
            var rarest = double.NaN;
            for (var j = 0; j < b.GivenCount; j++)
            {
                if (colMatch[j] >= 0)
                {
                    var f = tf.Given(cb.Token(b.Given[j]));
                    rarest = double.IsNaN(rarest) ? f : Math.Min(rarest, f);
                }
            }

            frequency = rarest;
            var full = unmatchedA == 0 && unmatchedB == 0;
            reason = full ? "given_name_exact" : "given_name_subset";
            return full ? GivenLevel.Exact : GivenLevel.Subset;
        }

        (reason, var level) = worst switch
        {
            Nickname => ("given_name_nickname", GivenLevel.Nickname),
            Phonetic => ("given_name_phonetic_match", GivenLevel.Phonetic),
            Similar => ("given_name_similar_spelling", GivenLevel.Similar),
            _ => ("given_name_initial", GivenLevel.Initial),
        };
        return level;
    }

    public static int CompareSurnames(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, TermFrequencies tf, out double frequency, out string reason)
    {
        frequency = double.NaN;
        int na = a.SurnameCount, nb = b.SurnameCount;
        if (na == 0 || nb == 0)
        {
            reason = "surname_missing";
            return SurnameLevel.Null;
        }

        if (na >= 2 && nb >= 2)
        {
            if (a.Surnames[0] == b.Surnames[0] && a.Surnames[1] == b.Surnames[1])
            {
                frequency = tf.Surname(cb.Token(b.Surnames[0])) * tf.Surname(cb.Token(b.Surnames[1]));
                reason = "surnames_exact";
                return SurnameLevel.BothExact;
            }

            if (a.Surnames[0] == b.Surnames[1] && a.Surnames[1] == b.Surnames[0])
            {
                frequency = tf.Surname(cb.Token(b.Surnames[0])) * tf.Surname(cb.Token(b.Surnames[1]));
                reason = "surnames_swapped";
                return SurnameLevel.BothExactSwapped;
            }
        }

        // Rows: a's surnames then a's married name; columns likewise for b. A married name may
        // match the other side's surname (she registered under her husband's name) but never counts against.
        var ra = na + (a.Married != 0 ? 1 : 0);
        var rb = nb + (b.Married != 0 ? 1 : 0);
        Span<int> quality = stackalloc int[16];
        for (var i = 0; i < ra; i++)
        {
            var ida = i < na ? a.Surnames[i] : a.Married;
            var ta = ca.Token(ida);
            for (var j = 0; j < rb; j++)
            {
                var marriedBoth = i >= na && j >= nb;
                var idb = j < nb ? b.Surnames[j] : b.Married;
                quality[i * 4 + j] = marriedBoth ? None : Relate(cb.Relations, ta, ida, cb, idb, SurnameKind);
            }
        }

        Span<int> rowMatch = stackalloc int[4];
        Span<int> colMatch = stackalloc int[4];
        var matched = AssignWide(quality, ra, rb, rowMatch, colMatch, out var worst, out var anyPhonetic);
        var marriedUsed = (a.Married != 0 && rowMatch[na] >= 0) || (b.Married != 0 && colMatch[nb] >= 0);
        var unmatchedA = CountUnmatched(rowMatch, na);
        var unmatchedB = CountUnmatched(colMatch, nb);

        if (matched < 2 && IsJoined(a, ca, b, cb))
        {
            reason = "surnames_joined";
            return SurnameLevel.BothSimilar;
        }

        if (matched >= 2)
        {
            if (worst == Exact && !marriedUsed)
            {
                var first = -1;
                var second = -1;
                for (var j = 0; j < nb; j++)
                {
                    if (colMatch[j] >= 0)
                    {
                        if (first < 0)
                        {
                            first = j;
                        }
                        else if (second < 0)
                        {
                            second = j;
                        }
                    }
                }

                if (second >= 0)
                {
                    frequency = tf.Surname(cb.Token(b.Surnames[first])) * tf.Surname(cb.Token(b.Surnames[second]));
                    var inOrder = colMatch[first] < colMatch[second];
                    reason = inOrder ? "surnames_exact" : "surnames_swapped";
                    return inOrder ? SurnameLevel.BothExact : SurnameLevel.BothExactSwapped;
                }
            }

            reason = marriedUsed ? "surname_married_name" : anyPhonetic ? "surname_phonetic_match" : "surname_similar_spelling";
            return SurnameLevel.BothSimilar;
        }

        if (matched == 1)
        {
            if (worst == Exact)
            {
                for (var j = 0; j < rb; j++)
                {
                    if (colMatch[j] >= 0)
                    {
                        frequency = tf.Surname(cb.Token(j < nb ? b.Surnames[j] : b.Married));
                    }
                }

                if (marriedUsed)
                {
                    reason = "surname_married_name";
                    return SurnameLevel.OneExactOtherMissing;
                }

                var otherMissing = unmatchedA == 0 || unmatchedB == 0;
                reason = otherMissing ? "surname_one_missing" : "surname_one_differs";
                return otherMissing ? SurnameLevel.OneExactOtherMissing : SurnameLevel.OneExactOtherDiffers;
            }

            reason = anyPhonetic ? "surname_phonetic_match" : "surname_similar_spelling";
            return SurnameLevel.OneSimilar;
        }

        reason = "surnames_different";
        return SurnameLevel.Different;
    }

    private const int GivenKind = 0, SurnameKind = 1;

    /// <summary>How two tokens relate, from the cache when both are in the vocabulary.</summary>
    private static int Relate(RelationCache cache, TokenInfo a, int idA, in RowContext cb, int idB, int kind)
    {
        if (idA == idB)
        {
            return Exact;
        }

        if (cache.TryGet(idA, idB, kind, out var relation))
        {
            return relation;
        }

        var b = cb.Token(idB);
        relation = kind == GivenKind ? RelateGiven(a, idA, b, idB) : RelateSurname(a, idA, b, idB);
        cache.Set(idA, idB, kind, relation);
        return relation;
    }

    private static int RelateGiven(TokenInfo a, int idA, TokenInfo b, int idB)
    {
        if (idA == idB)
        {
            return Exact;
        }

        if (a.IsInitial || b.IsInitial)
        {
            return a.Text[0] == b.Text[0] ? Initial : None;
        }

        if (a.Groups.Length > 0 && b.Groups.Length > 0 && a.SharesGroupWith(b))
        {
            return Nickname;
        }

        if (a.PhoneticHash == b.PhoneticHash)
        {
            return Phonetic;
        }

        return StringDistance.JaroWinkler(a.Text, b.Text) >= GivenSimilarity ? Similar : None;
    }

    private static int RelateSurname(TokenInfo a, int idA, TokenInfo b, int idB)
    {
        if (idA == idB)
        {
            return Exact;
        }

        if (a.IsInitial || b.IsInitial)
        {
            return None;
        }

        if (a.PhoneticHash == b.PhoneticHash)
        {
            return Phonetic;
        }

        if (a.Text.Length >= 4 && b.Text.Length >= 4 && StringDistance.BoundedEditDistance(a.Text, b.Text, 1) <= 1)
        {
            return Similar;
        }

        return StringDistance.JaroWinkler(a.Text, b.Text) >= SurnameSimilarity ? Similar : None;
    }

    /// <summary>"Martinezcruz" on one side and "Martínez Cruz" on the other (either order).</summary>
    private static bool IsJoined(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb) =>
        (a.SurnameCount == 1 && b.SurnameCount >= 2 && JoinedOf(ca.Token(a.Surnames[0]).Text, cb.Token(b.Surnames[0]).Text, cb.Token(b.Surnames[1]).Text))
        || (b.SurnameCount == 1 && a.SurnameCount >= 2 && JoinedOf(cb.Token(b.Surnames[0]).Text, ca.Token(a.Surnames[0]).Text, ca.Token(a.Surnames[1]).Text));

    private static bool JoinedOf(string joined, string x, string y) =>
        joined.Length == x.Length + y.Length
        && ((joined.StartsWith(x, StringComparison.Ordinal) && joined.EndsWith(y, StringComparison.Ordinal))
            || (joined.StartsWith(y, StringComparison.Ordinal) && joined.EndsWith(x, StringComparison.Ordinal)));

    private static int Assign(Span<int> quality, int rows, int cols, Span<int> rowMatch, Span<int> colMatch, out int worst, out int best)
    {
        var matched = AssignCore(quality, 3, rows, cols, rowMatch, colMatch, out worst, out best, out _);
        return matched;
    }

    private static int AssignWide(Span<int> quality, int rows, int cols, Span<int> rowMatch, Span<int> colMatch, out int worst, out bool anyPhonetic) =>
        AssignCore(quality, 4, rows, cols, rowMatch, colMatch, out worst, out _, out anyPhonetic);

    /// <summary>Greedy best-first assignment: with at most 3–4 tokens a side it equals the optimal one in practice.</summary>
    private static int AssignCore(Span<int> quality, int stride, int rows, int cols, Span<int> rowMatch, Span<int> colMatch, out int worst, out int best, out bool anyPhonetic)
    {
        rowMatch.Fill(-1);
        colMatch.Fill(-1);
        worst = Exact;
        best = None;
        anyPhonetic = false;
        var matched = 0;
        while (true)
        {
            var top = None;
            int ti = -1, tj = -1;
            for (var i = 0; i < rows; i++)
            {
                if (rowMatch[i] >= 0)
                {
                    continue;
                }

                for (var j = 0; j < cols; j++)
                {
                    if (colMatch[j] < 0 && quality[i * stride + j] > top)
                    {
                        top = quality[i * stride + j];
                        ti = i;
                        tj = j;
                    }
                }
            }

            if (top == None)
            {
                return matched;
            }

            rowMatch[ti] = tj;
            colMatch[tj] = ti;
            matched++;
            worst = Math.Min(worst, top);
            best = Math.Max(best, top);
            anyPhonetic |= top == Phonetic;
        }
    }

    private static int CountUnmatched(Span<int> matches, int count)
    {
        var unmatched = 0;
        for (var i = 0; i < count; i++)
        {
            if (matches[i] < 0)
            {
                unmatched++;
            }
        }

        return unmatched;
    }
}
