namespace Reintegra.JobMatching;

/// <summary>
/// The points each factor can earn (out of 100). Occupation weighs most: a returnee who did the same work abroad is
/// the strongest signal a placement officer has; place and availability break ties between similar profiles.
/// </summary>
public static class Weights
{
    public const int Occupation = 40;
    public const int Experience = 15;
    public const int Skills = 15;
    public const int Language = 10;
    public const int Certification = 5;
    public const int Place = 10;
    public const int Availability = 5;

    /// <summary>Points for sharing the unit group, minor, sub-major or only the major group (4, 3, 2 or 1 leading digits).</summary>
    internal static int ForSharedDigits(int digits) => digits switch
    {
        4 => Occupation,
        3 => 30,
        2 => 20,
        1 => 10,
        _ => 0,
    };
}
