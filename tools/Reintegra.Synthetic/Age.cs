namespace Reintegra.Synthetic;

internal static class Age
{
    public static int Years(DateOnly dateOfBirth, DateOnly on)
    {
        var years = on.Year - dateOfBirth.Year;
        if (on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day))
        {
            years--;
        }
        return years;
    }
}
