namespace Reintegra.Synthetic;

/// <summary>
/// A person key packs everything needed to regenerate the person without storing them, which is what lets the
/// generator stream millions of people in constant memory and still bring one back for a repeat return:
/// namespace (2 bits) · country (2) · mode (1) · reference day since 2000-01-01 (16) · household (32) · member (4).
/// </summary>
internal readonly record struct PersonKey(int Namespace, int Country, int Mode, int ReferenceDay, long Household, int Member)
{
    public const int ArrivalsNamespace = 0;
    public const int RegistryNamespace = 1;
    public const int LookAlikeNamespace = 2;

    private static readonly DateOnly Epoch = new(2000, 1, 1);

    public DateOnly ReferenceDate => Epoch.AddDays(ReferenceDay);

    public long HouseholdKey => Pack() & ~0xFL;

    public long Pack() =>
        ((long)Namespace << 55) | ((long)Country << 53) | ((long)Mode << 52) | ((long)ReferenceDay << 36)
        | ((Household & 0xFFFF_FFFFL) << 4) | (long)Member;

    public static PersonKey Unpack(long key) => new(
        (int)((key >> 55) & 0x3),
        (int)((key >> 53) & 0x3),
        (int)((key >> 52) & 0x1),
        (int)((key >> 36) & 0xFFFF),
        (key >> 4) & 0xFFFF_FFFFL,
        (int)(key & 0xF));

    public static int DayOf(DateTime utc) => Math.Clamp(DateOnly.FromDateTime(utc).DayNumber - Epoch.DayNumber, 0, 0xFFFF);

    public PersonKey WithMember(int member) => this with { Member = member };
}
