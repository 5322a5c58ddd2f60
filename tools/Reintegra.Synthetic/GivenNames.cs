using System.Globalization;

namespace Reintegra.Synthetic;

/// <summary>Draws given names, about half of them compound (an estimate: compound names dominate registries in the region).</summary>
internal static class GivenNames
{
    private const double CompoundShare = 0.5;
    private const double FixedCompoundShare = 0.4;

    private static readonly WeightedTable<string> MaleFirst = CountryProfile.ParseTable(GivenNameData.MaleFirst)!;
    private static readonly WeightedTable<string> MaleSecond = CountryProfile.ParseTable(GivenNameData.MaleSecond)!;
    private static readonly WeightedTable<string> FemaleFirst = CountryProfile.ParseTable(GivenNameData.FemaleFirst)!;
    private static readonly WeightedTable<string> FemaleSecond = CountryProfile.ParseTable(GivenNameData.FemaleSecond)!;
    private static readonly WeightedTable<string[]> MaleCompound = Split(GivenNameData.MaleCompound);
    private static readonly WeightedTable<string[]> FemaleCompound = Split(GivenNameData.FemaleCompound);

    /// <summary>Name parts: "María", "del Carmen" is two parts, so shortening keeps "del Carmen" whole.</summary>
    public static string[] Draw(Rng rng, char sex)
    {
        var female = sex == 'F';
        if (!rng.Chance(CompoundShare))
        {
            return [(female ? FemaleFirst : MaleFirst).Sample(rng)];
        }
        if (rng.Chance(FixedCompoundShare))
        {
            return (female ? FemaleCompound : MaleCompound).Sample(rng);
        }
        var first = (female ? FemaleFirst : MaleFirst).Sample(rng);
        string second;
        do
        {
            second = (female ? FemaleSecond : MaleSecond).Sample(rng);
        }
        while (second == first);
        return [first, second];
    }

    /// <summary>A different given name of the same sex, for siblings and twins.</summary>
    public static string[] DrawOtherThan(Rng rng, char sex, string[] avoid)
    {
        string[] names;
        do
        {
            names = Draw(rng, sex);
        }
        while (names[0] == avoid[0]);
        return names;
    }

    /// <summary>Whether a name is among the most frequent (top tenth of the weight), for common-name look-alikes.</summary>
    public static bool IsCommon(string[] parts, char sex)
    {
        var table = sex == 'F' ? FemaleFirst : MaleFirst;
        for (var i = 0; i < table.Items.Count && i < 8; i++)
        {
            if (table.Items[i] == parts[0])
            {
                return true;
            }
        }
        return false;
    }

    private static WeightedTable<string[]> Split(string text) =>
        new(text.Split(',').Select(entry =>
        {
            var colon = entry.LastIndexOf(':');
            return (SplitParts(entry[..colon]), double.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture));
        }));

    private static string[] SplitParts(string name)
    {
        // "María del Carmen" → ["María", "del Carmen"]; "Juan de Dios" → ["Juan", "de Dios"].
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? [name] : [name[..space], name[(space + 1)..]];
    }
}
