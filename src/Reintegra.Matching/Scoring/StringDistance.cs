namespace Reintegra.Matching.Scoring;

/// <summary>Allocation-free string similarities on folded tokens (names are short: buffers live on the stack).</summary>
internal static class StringDistance
{
    private const int MaxLength = 64;

    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.SequenceEqual(b))
        {
            return 1;
        }

        if (a.Length > MaxLength)
        {
            a = a[..MaxLength];
        }

        if (b.Length > MaxLength)
        {
            b = b[..MaxLength];
        }

        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        var window = Math.Max(0, b.Length / 2 - 1);
        Span<bool> matchedA = stackalloc bool[a.Length];
        Span<bool> matchedB = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        var maxPrefix = Math.Min(4, a.Length);
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>Optimal string alignment distance, stopping early once it exceeds <paramref name="max"/>.</summary>
    public static int BoundedEditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return a.SequenceEqual(b) ? 0 : max + 1;
        }

        var width = b.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>True when one substitution, insertion, deletion or adjacent transposition (or none) turns a into b; linear time.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            var first = a.CommonPrefixLength(b);
            if (first == a.Length)
            {
                return true;
            }

            if (a[(first + 1)..].SequenceEqual(b[(first + 1)..]))
            {
                return true;
            }

            return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        var common = a.CommonPrefixLength(b);
        return a[common..].SequenceEqual(b[(common + 1)..]);
    }
}
