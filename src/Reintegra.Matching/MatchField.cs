namespace Reintegra.Matching;

/// <summary>The comparisons the model makes between two records, one per field.</summary>
public enum MatchField
{
    GivenNames = 0,
    Surnames = 1,
    BirthDate = 2,
    Sex = 3,
    Documents = 4,
    Nationality = 5,
    Origin = 6,
}
