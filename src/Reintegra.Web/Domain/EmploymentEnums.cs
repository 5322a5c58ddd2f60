namespace Reintegra.Web.Domain;

/// <summary>Highest level of education completed (ISCED 2011 levels, grouped as employment services ask for them).</summary>
public enum EducationLevel
{
    None = 0,
    Primary = 1,
    LowerSecondary = 2,
    UpperSecondary = 3,
    Technical = 4,
    University = 5,
}

public enum VacancyStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>Where a person put forward for a vacancy stands.</summary>
public enum PlacementStatus
{
    PutForward = 1,
    Hired = 2,
    NotHired = 3,
}
