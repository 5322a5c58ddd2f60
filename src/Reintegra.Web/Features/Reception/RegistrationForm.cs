using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Reception;

/// <summary>What the shared registration form needs besides the input: where the person arrives and who they may arrive with.</summary>
public sealed record RegistrationForm(
    RegistrationInput Input,
    ManageArrivals.ArrivalSummary? Arrival,
    IReadOnlyList<ArrivalQueue.RegisteredRow> Companions,
    string Country)
{
    public IEnumerable<ArrivalQueue.RegisteredRow> Adults => Companions.Where(c => c.AgeAtReturn is null or >= ReturnEvent.AdultAge);

    /// <summary>Departments listed for the nationality given (or the instance's country).</summary>
    public string PlaceCountry => string.IsNullOrWhiteSpace(Input.Nationality) || Reference.Places.Default.Admin1(Input.Nationality.ToUpperInvariant()).Count == 0
        ? Country
        : Input.Nationality.ToUpperInvariant();
}
