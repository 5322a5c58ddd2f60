using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Transfers a case to another institution, which must accept it. Until then the case stays where it is; the
/// receiving institution sees only who the person is and why the case is coming. On acceptance the case, its
/// history and the follow-up of its referrals move, and the person becomes visible to the new institution.
/// </summary>
public sealed class TransferCase(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, CaseAccess cases, AuditLog audit, LocalTime time)
{
    public sealed class RequestInput
    {
        public Guid? ToInstitutionId { get; set; }

        public string? Reason { get; set; }

        /// <summary>The version of the case you read.</summary>
        public int? Version { get; set; }
    }

    public sealed class AnswerInput
    {
        /// <summary>Accepting: who will own the case (the user accepting it when left out).</summary>
        public Guid? CaseWorkerId { get; set; }

        /// <summary>Declining: why.</summary>
        public string? Reason { get; set; }
    }

    public sealed record Incoming(Guid Id, Guid CaseId, string PersonName, Sex Sex, int? Age, string? OriginAdm1, string? OriginAdm2,
        string FromInstitution, string Reason, CaseStatus CaseStatus, bool ChildProtectionRequired, DateTime RequestedAt);

    public async Task<Guid?> RequestAsync(Guid caseId, RequestInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        if (checks.Required("toInstitutionId", input.ToInstitutionId)
            && !await db.Institutions.AnyAsync(i => i.Id == input.ToInstitutionId && i.IsActive, ct))
        {
            checks.Add("toInstitutionId", "Validation.UnknownOption");
        }
        checks.Text("reason", input.Reason, 1000, required: true);
        checks.ThrowIfInvalid();
        if (c.CurrentConsent is not { DataCollection: true })
        {
            throw new DomainException("Transfer.ConsentRequired");
        }
        if (await db.CaseTransfers.AnyAsync(t => t.CaseId == caseId && t.Status == TransferStatus.Pending, ct))
        {
            throw new DomainException("Transfer.AlreadyPending");
        }
        cases.ExpectVersion(c, input.Version!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var transfer = new CaseTransfer(c, input.ToInstitutionId!.Value, input.Reason!, me.Id, now);
        db.CaseTransfers.Add(transfer);
        c.Touch(now);
        await db.SaveChangesAsync(ct);
        return transfer.Id;
    }

    /// <summary>The sending institution takes its request back.</summary>
    public async Task<bool> CancelAsync(Guid transferId, CancellationToken ct)
    {
        var t = await db.CaseTransfers.FirstOrDefaultAsync(x => x.Id == transferId && x.FromInstitutionId == me.InstitutionId
            && db.Cases.Any(c => c.Id == x.CaseId && c.InstitutionId == me.InstitutionId), ct);
        if (t is null)
        {
            return false;
        }
        t.Cancel(me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Transfers waiting for the user's institution to answer. Each person shown is an audit entry.</summary>
    public async Task<IReadOnlyList<Incoming>> IncomingAsync(CancellationToken ct)
    {
        var rows = await (
            from t in db.CaseTransfers.AsNoTracking()
            where t.ToInstitutionId == me.InstitutionId && t.Status == TransferStatus.Pending
            join c in db.Cases on t.CaseId equals c.Id
            join p in db.People on c.PersonId equals p.Id
            orderby t.RequestedAt
            select new
            {
                t.Id,
                t.CaseId,
                p.GivenNames,
                p.FirstSurname,
                p.SecondSurname,
                p.Sex,
                p.BirthDate,
                p.BirthYear,
                p.OriginAdm1,
                p.OriginAdm2,
                From = db.Institutions.Where(i => i.Id == t.FromInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
                t.Reason,
                c.Status,
                c.ChildProtectionRequired,
                t.RequestedAt,
                c.PersonId,
            }).Take(100).ToListAsync(ct);
        foreach (var r in rows)
        {
            audit.Viewed(nameof(CaseTransfer), r.Id, r.PersonId);
        }
        await audit.SaveAsync(ct);
        var today = time.Today;
        return rows.Select(r => new Incoming(r.Id, r.CaseId, string.Join(' ', new[] { r.GivenNames, r.FirstSurname, r.SecondSurname }.Where(s => !string.IsNullOrEmpty(s))),
            r.Sex, PersonBirth.AgeOn(r.BirthDate, r.BirthYear, today), r.OriginAdm1, r.OriginAdm2, r.From, r.Reason, r.Status,
            r.ChildProtectionRequired, r.RequestedAt)).ToList();
    }

    public async Task<bool> AcceptAsync(Guid transferId, AnswerInput input, CancellationToken ct)
    {
        var t = await db.CaseTransfers.FirstOrDefaultAsync(x => x.Id == transferId && x.ToInstitutionId == me.InstitutionId, ct);
        if (t is null)
        {
            return false;
        }
        var caseWorker = input.CaseWorkerId ?? me.Id;
        if (!await OpenCase.IsCaseWorkerAsync(db, caseWorker, me.InstitutionId, ct))
        {
            checks.Add("caseWorkerId", "Cases.NotACaseWorker");
        }
        checks.ThrowIfInvalid();
        var c = await db.Cases.Include(x => x.Members).FirstAsync(x => x.Id == t.CaseId, ct);
        if (await db.Cases.AnyAsync(x => x.PersonId == c.PersonId && x.InstitutionId == me.InstitutionId && x.Status != CaseStatus.Closed, ct))
        {
            throw new DomainException("Transfer.ReceiverHasOpenCase");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        t.Accept(c, caseWorker, me.Id, now);
        var people = c.Members.Where(m => m.MemberPersonId is not null).Select(m => m.MemberPersonId!.Value).Append(c.PersonId).Distinct().ToList();
        var linked = await db.PersonInstitutions.Where(l => l.InstitutionId == me.InstitutionId && people.Contains(l.PersonId)).Select(l => l.PersonId).ToListAsync(ct);
        foreach (var p in people.Except(linked))
        {
            db.PersonInstitutions.Add(new PersonInstitution(p, me.InstitutionId, now));
        }
        foreach (var r in await db.Referrals.Where(r => r.CaseId == c.Id).ToListAsync(ct))
        {
            r.MoveToOwner(me.InstitutionId);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> DeclineAsync(Guid transferId, AnswerInput input, CancellationToken ct)
    {
        var t = await db.CaseTransfers.FirstOrDefaultAsync(x => x.Id == transferId && x.ToInstitutionId == me.InstitutionId, ct);
        if (t is null)
        {
            return false;
        }
        checks.Text("reason", input.Reason, 1000, required: true);
        checks.ThrowIfInvalid();
        t.Decline(input.Reason!, me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
