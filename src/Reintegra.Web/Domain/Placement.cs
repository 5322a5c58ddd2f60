namespace Reintegra.Web.Domain;

/// <summary>
/// A returnee put forward for a vacancy, with the person's agreement, and what came of it: hired or not, and whether
/// they were still employed 3 and 6 months after starting. Belongs to the person (every change audited); the case's
/// institution and the employer each see it, the employer only while the person's consent stands.
/// </summary>
public sealed class Placement : IPersonRecord, IVersioned
{
    private Placement()
    {
    }

    public Placement(Vacancy vacancy, Guid caseId, Guid caseInstitutionId, Guid personId, Guid consentId, DateOnly agreedOn, int score, DateOnly today, Guid by, DateTime now)
    {
        if (!vacancy.IsOpenOn(today))
        {
            throw new DomainException("Employment.VacancyNotOpen");
        }
        Id = Guid.CreateVersion7();
        VacancyId = vacancy.Id;
        EmployerId = vacancy.EmployerId;
        CaseId = caseId;
        CaseInstitutionId = caseInstitutionId;
        PersonId = personId;
        ConsentId = consentId;
        PersonAgreedOn = agreedOn;
        Score = score;
        ProposedByUserId = by;
        ProposedAt = now;
        Status = PlacementStatus.PutForward;
    }

    public Guid Id { get; private set; }

    public Guid VacancyId { get; private set; }

    public Guid EmployerId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CaseInstitutionId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The consent statement (with employer proposal) in force when the person was put forward.</summary>
    public Guid ConsentId { get; private set; }

    /// <summary>The day the person agreed to be put forward for this vacancy.</summary>
    public DateOnly PersonAgreedOn { get; private set; }

    /// <summary>The match score when put forward (out of 100).</summary>
    public int Score { get; private set; }

    public Guid ProposedByUserId { get; private set; }

    public DateTime ProposedAt { get; private set; }

    public PlacementStatus Status { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public bool? EmployedAt3Months { get; private set; }

    public bool? EmployedAt6Months { get; private set; }

    public int Version { get; set; }

    public void Hire(Vacancy vacancy, DateOnly startedOn, string? note, DateOnly today, DateTime now)
    {
        Decide();
        if (startedOn > today.AddDays(90) || startedOn < PersonAgreedOn)
        {
            throw new DomainException("Employment.StartDateOutOfRange");
        }
        vacancy.CountHire();
        Status = PlacementStatus.Hired;
        StartedOn = startedOn;
        DecisionNote = note;
        DecidedAt = now;
    }

    public void NotHired(string? note, DateTime now)
    {
        Decide();
        Status = PlacementStatus.NotHired;
        DecisionNote = note;
        DecidedAt = now;
    }

    /// <summary>Whether the person was still in the job <paramref name="months"/> (3 or 6) after starting; asked only once that time has passed.</summary>
    public void RecordRetention(int months, bool stillEmployed, DateOnly today)
    {
        if (Status != PlacementStatus.Hired || StartedOn is null)
        {
            throw new DomainException("Employment.NotHired");
        }
        if (today < StartedOn.Value.AddMonths(months))
        {
            throw new DomainException("Employment.RetentionTooEarly", months);
        }
        if (months == 3)
        {
            EmployedAt3Months = stillEmployed;
        }
        else if (months == 6)
        {
            if (EmployedAt3Months == false && stillEmployed)
            {
                throw new DomainException("Employment.RetentionAfterLeaving");
            }
            EmployedAt6Months = stillEmployed;
        }
        else
        {
            throw new DomainException("Employment.RetentionMonths");
        }
    }

    private void Decide()
    {
        if (Status != PlacementStatus.PutForward)
        {
            throw new DomainException("Employment.AlreadyDecided");
        }
    }
}
