namespace Reintegra.Web.Domain;

/// <summary>
/// A request to move a case to another institution. The case stays where it is until the receiving institution
/// accepts; then the case, its history and its open referrals' follow-up move there.
/// </summary>
public sealed class CaseTransfer : IPersonRecord
{
    private CaseTransfer()
    {
    }

    public CaseTransfer(ReintegrationCase @case, Guid toInstitutionId, string reason, Guid by, DateTime now)
    {
        @case.EnsureNotClosed();
        if (toInstitutionId == @case.InstitutionId)
        {
            throw new DomainException("Transfer.SameInstitution");
        }
        Id = Guid.CreateVersion7();
        CaseId = @case.Id;
        PersonId = @case.PersonId;
        FromInstitutionId = @case.InstitutionId;
        ToInstitutionId = toInstitutionId;
        Reason = reason.Trim();
        RequestedByUserId = by;
        RequestedAt = now;
        Status = TransferStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid FromInstitutionId { get; private set; }

    public Guid ToInstitutionId { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid RequestedByUserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public TransferStatus Status { get; private set; }

    public Guid? RespondedByUserId { get; private set; }

    public DateTime? RespondedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public void Accept(ReintegrationCase @case, Guid caseWorkerId, Guid by, DateTime now)
    {
        EnsurePending();
        @case.TransferTo(ToInstitutionId, caseWorkerId, now);
        Status = TransferStatus.Accepted;
        RespondedByUserId = by;
        RespondedAt = now;
    }

    public void Decline(string reason, Guid by, DateTime now)
    {
        EnsurePending();
        Status = TransferStatus.Declined;
        DeclineReason = reason.Trim();
        RespondedByUserId = by;
        RespondedAt = now;
    }

    public void Cancel(Guid by, DateTime now)
    {
        EnsurePending();
        Status = TransferStatus.Cancelled;
        RespondedByUserId = by;
        RespondedAt = now;
    }

    private void EnsurePending()
    {
        if (Status != TransferStatus.Pending)
        {
            throw new DomainException("Transfer.NotPending");
        }
    }
}
