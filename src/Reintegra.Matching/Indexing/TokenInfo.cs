using Reintegra.Matching.Normalization;

namespace Reintegra.Matching.Indexing;

/// <summary>
/// A distinct folded name token with everything the comparisons need precomputed once:
/// its phonetic key, its nickname groups, its blocking keys, and how many people carry it.
/// </summary>
internal sealed class TokenInfo
{
    public TokenInfo(int id, string text)
    {
        Id = id;
        Text = text;
        Phonetic = SpanishPhonetic.Encode(text);
        PhoneticHash = KeyHash.Of(Phonetic);
        Groups = NameVariants.Default.GroupsOf(text);
        if (Groups.Length == 0)
        {
            GivenKeys = [PhoneticHash];
        }
        else
        {
            GivenKeys = new ulong[Groups.Length];
            for (var i = 0; i < Groups.Length; i++)
            {
                GivenKeys[i] = KeyHash.Of(SpanishPhonetic.Encode(NameVariants.Default.CanonicalOf(Groups[i])));
            }
        }
    }

    /// <summary>Positive for tokens in the index vocabulary; negative for tokens seen only in a query.</summary>
    public int Id { get; }

    public string Text { get; }

    public string Phonetic { get; }

    public ulong PhoneticHash { get; }

    public int[] Groups { get; }

    /// <summary>Blocking keys of this token as a given name: the phonetic key of each nickname group, or its own.</summary>
    public ulong[] GivenKeys { get; }

    public bool IsInitial => Text.Length == 1;

    public int GivenCount { get; set; }

    public int SurnameCount { get; set; }

    public bool SharesGroupWith(TokenInfo other)
    {
        foreach (var a in Groups)
        {
            foreach (var b in other.Groups)
            {
                if (a == b)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
