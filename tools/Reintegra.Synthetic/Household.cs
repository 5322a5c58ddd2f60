namespace Reintegra.Synthetic;

/// <summary>People who travel together: a single adult, a family, or a child alone or with a relative who is not a parent.</summary>
internal sealed class Household(HouseholdKind kind, Person[] members, int childCount)
{
    public HouseholdKind Kind { get; } = kind;

    /// <summary>Adults first, then children; member index = position.</summary>
    public Person[] Members { get; } = members;

    public int ChildCount { get; } = childCount;

    public int AdultCount => Members.Length - ChildCount;

    public bool IsChild(int member) => member >= AdultCount;
}

internal readonly record struct HouseholdShape(HouseholdKind Kind, int Adults, int Children, bool Couple)
{
    public int Size => Adults + Children;
}
