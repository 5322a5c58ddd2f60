namespace Reintegra.Web.Domain;

/// <summary>What a person agreed to, as recorded for one case (or, for an urgent referral from reception, for one return).</summary>
public sealed record ConsentTerms(
    bool DataCollection,
    IReadOnlyCollection<ServiceCategory> SharingWith,
    SharedField SharedFields,
    bool FollowUpContact,
    bool EmployerProposal,
    ConsentGivenBy GivenBy,
    string? ProxyName,
    ProxyRelationship? ProxyRelationship,
    DateOnly GivenOn,
    string? Notes);

/// <summary>
/// One statement of consent. Consents are never edited: a new statement supersedes the previous one, and a
/// withdrawal is recorded on the current one, so the history shows what was allowed at any moment.
/// </summary>
public sealed class Consent : IPersonRecord
{
    private Consent()
    {
    }

    public Consent(Guid? caseId, Guid? returnEventId, Guid personId, Guid institutionId, ConsentTerms terms, Guid by, DateTime now)
    {
        if (terms.GivenBy == ConsentGivenBy.Proxy && (string.IsNullOrWhiteSpace(terms.ProxyName) || terms.ProxyRelationship is null))
        {
            throw new DomainException("Consent.ProxyDetailsRequired");
        }
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        ReturnEventId = returnEventId;
        PersonId = personId;
        InstitutionId = institutionId;
        DataCollection = terms.DataCollection;
        SharingMask = CaseVocabulary.ToMask(terms.SharingWith);
        SharedFields = terms.SharedFields;
        FollowUpContact = terms.FollowUpContact;
        EmployerProposal = terms.EmployerProposal;
        GivenBy = terms.GivenBy;
        ProxyName = terms.GivenBy == ConsentGivenBy.Proxy ? terms.ProxyName!.Trim() : null;
        ProxyRelationship = terms.GivenBy == ConsentGivenBy.Proxy ? terms.ProxyRelationship : null;
        GivenOn = terms.GivenOn;
        Notes = string.IsNullOrWhiteSpace(terms.Notes) ? null : terms.Notes.Trim();
        RecordedByUserId = by;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid? CaseId { get; private set; }

    public Guid? ReturnEventId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public bool DataCollection { get; private set; }

    /// <summary>Service categories the person agreed to share with, one bit per category number.</summary>
    public long SharingMask { get; private set; }

    public SharedField SharedFields { get; private set; }

    public bool FollowUpContact { get; private set; }

    public bool EmployerProposal { get; private set; }

    public ConsentGivenBy GivenBy { get; private set; }

    public string? ProxyName { get; private set; }

    public ProxyRelationship? ProxyRelationship { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public string? Notes { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public Guid? WithdrawnByUserId { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsCurrent => SupersededAt is null && WithdrawnAt is null;

    public IReadOnlyList<ServiceCategory> SharingWith => CaseVocabulary.FromMask(SharingMask);

    /// <summary>Whether data may be shared with a service of this category, and every requested field with it.</summary>
    public bool Allows(ServiceCategory category, SharedField fields) =>
        IsCurrent && (SharingMask & (1L << (int)category)) != 0 && (fields & ~SharedFields) == SharedField.None;

    internal void Supersede(DateTime now) => SupersededAt = now;

    internal void Withdraw(string reason, Guid by, DateTime now)
    {
        WithdrawnAt = now;
        WithdrawnByUserId = by;
        WithdrawalReason = reason.Trim();
    }
}
