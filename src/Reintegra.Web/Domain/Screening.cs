namespace Reintegra.Web.Domain;

public enum ReturnCategory
{
    Voluntary = 1,
    AssistedVoluntary = 2,
    Forced = 3,
    Spontaneous = 4,
}

/// <summary>For a person under 18: who they arrived with. Unaccompanied and separated children follow the child-protection protocol.</summary>
public enum ChildStatus
{
    Accompanied = 1,
    Unaccompanied = 2,
    Separated = 3,
}

/// <summary>
/// Vulnerability categories recorded at reception that the reception team may see (DOMAIN.md; codes cross-walk to
/// UNHCR specific-needs codes in docs). Disability and older person are derived from the Washington Group answers and age.
/// </summary>
[Flags]
public enum Vulnerability
{
    None = 0,
    PregnantWoman = 1 << 0,
    WomanWithInfant = 1 << 1,
    Disability = 1 << 2,
    SeriousMedicalCondition = 1 << 3,
    MentalHealthCondition = 1 << 4,
    OlderPerson = 1 << 5,
    Indigenous = 1 << 6,
    SingleParent = 1 << 7,
    UnaccompaniedChild = 1 << 8,
    SeparatedChild = 1 << 9,
}

/// <summary>Protection flags that only roles that need them may see; every view is audited.</summary>
[Flags]
public enum SensitiveFlag
{
    None = 0,
    SuspectedTrafficking = 1 << 0,
    SurvivorOfViolence = 1 << 1,
    ProtectionRiskOnReturn = 1 << 2,
    Lgbti = 1 << 3,
}

[Flags]
public enum ImmediateNeed
{
    None = 0,
    Medical = 1 << 0,
    Food = 1 << 1,
    Transport = 1 << 2,
    Documents = 1 << 3,
    Shelter = 1 << 4,
    Clothing = 1 << 5,
    PhoneCall = 1 << 6,
    PsychologicalFirstAid = 1 << 7,
}

/// <summary>Washington Group Short Set answer codes (1-4 as published; don't know and refused kept apart).</summary>
public enum WgAnswer
{
    NoDifficulty = 1,
    SomeDifficulty = 2,
    ALotOfDifficulty = 3,
    CannotDoAtAll = 4,
    DontKnow = 8,
    Refused = 9,
}

/// <summary>The six Washington Group Short Set domains, asked of persons aged 5 and over.</summary>
public sealed record WashingtonGroupAnswers(
    WgAnswer? Seeing,
    WgAnswer? Hearing,
    WgAnswer? Walking,
    WgAnswer? Remembering,
    WgAnswer? SelfCare,
    WgAnswer? Communicating)
{
    public const int MinimumAge = 5;

    public static WashingtonGroupAnswers None { get; } = new(null, null, null, null, null, null);

    public IEnumerable<WgAnswer?> All => [Seeing, Hearing, Walking, Remembering, SelfCare, Communicating];

    /// <summary>
    /// The WG-recommended cut-off (DISABILITY3): at least one domain coded "a lot of difficulty" or "cannot do at all".
    /// </summary>
    public bool MeetsDisabilityCutoff => All.Any(a => a is WgAnswer.ALotOfDifficulty or WgAnswer.CannotDoAtAll);

    public bool AnyAnswered => All.Any(a => a is not null);
}
