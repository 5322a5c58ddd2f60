using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>The steps of a request's life that someone does.</summary>
public enum AvrStep
{
    Edit = 1,
    Consent = 2,
    Submit = 3,
    Cancel = 4,
    CheckEligibility = 5,
    Decide = 6,
    ArrangeTravel = 7,
    MarkTravelled = 8,
    RecordSpending = 9,
    Close = 10,
}

public enum StepOutcome
{
    Done = 1,
    NotFound = 2,
    Forbidden = 3,
}

/// <summary>
/// Who sees a request and who may do each step, by role and institution:
/// the requesting institution (consular officers, IOM, authorised NGOs) drafts, records consent, submits and cancels;
/// the processing institution's fund managers check eligibility, decide, book spending and close;
/// either of them arranges the travel and records that the person travelled.
/// Another institution's request is not found, never forbidden; a draft is seen only by its requester.
/// </summary>
public sealed class AvrAccess(AppDbContext db, CurrentUser me)
{
    public IQueryable<AvrRequest> Visible() =>
        db.AvrRequests.Where(r => r.RequestingInstitutionId == me.InstitutionId
            || (r.ProcessingInstitutionId == me.InstitutionId && r.Status != AvrStatus.Draft));

    public bool IsRequester(AvrRequest r) => r.RequestingInstitutionId == me.InstitutionId && me.Can(Policies.RequestReturns);

    public bool IsProcessor(AvrRequest r) => r.ProcessingInstitutionId == me.InstitutionId && r.Status != AvrStatus.Draft && me.Can(Policies.ManageFunds);

    public bool May(AvrStep step, AvrRequest r) => step switch
    {
        AvrStep.Edit or AvrStep.Consent or AvrStep.Submit or AvrStep.Cancel => IsRequester(r),
        AvrStep.CheckEligibility or AvrStep.Decide or AvrStep.RecordSpending or AvrStep.Close => IsProcessor(r),
        AvrStep.ArrangeTravel or AvrStep.MarkTravelled => IsRequester(r) || IsProcessor(r),
        _ => false,
    };

    /// <summary>The steps the user may take now: their role and institution allow it and the request is at that point.</summary>
    public IReadOnlyList<AvrStep> Available(AvrRequest r)
    {
        var atStep = new Dictionary<AvrStep, bool>
        {
            [AvrStep.Edit] = r.Status == AvrStatus.Draft,
            [AvrStep.Consent] = r.Status is AvrStatus.Draft or AvrStatus.Submitted or AvrStatus.EligibilityChecked or AvrStatus.Approved or AvrStatus.TravelArranged,
            [AvrStep.Submit] = r.Status == AvrStatus.Draft,
            [AvrStep.Cancel] = r.Status is AvrStatus.Draft or AvrStatus.Submitted or AvrStatus.EligibilityChecked or AvrStatus.Approved or AvrStatus.TravelArranged,
            [AvrStep.CheckEligibility] = r.Status is AvrStatus.Submitted or AvrStatus.EligibilityChecked,
            [AvrStep.Decide] = r.Status is AvrStatus.Submitted or AvrStatus.EligibilityChecked,
            [AvrStep.ArrangeTravel] = r.Status is AvrStatus.Approved or AvrStatus.TravelArranged,
            [AvrStep.MarkTravelled] = r.Status == AvrStatus.TravelArranged,
            [AvrStep.RecordSpending] = r.Status is AvrStatus.Approved or AvrStatus.TravelArranged or AvrStatus.Travelled or AvrStatus.Received,
            [AvrStep.Close] = r.Status == AvrStatus.Received,
        };
        return atStep.Where(s => s.Value && May(s.Key, r)).Select(s => s.Key).ToList();
    }

    /// <summary>Loads a request for a step, tracked, with its family (new history entries are simply added).</summary>
    public async Task<(AvrRequest? Request, StepOutcome Outcome)> LoadAsync(Guid id, AvrStep step, CancellationToken ct)
    {
        var request = await Visible().Include(r => r.Family).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return (null, StepOutcome.NotFound);
        }
        return May(step, request) ? (request, StepOutcome.Done) : (request, StepOutcome.Forbidden);
    }

    public AvrActor Actor => new(me.Id, me.InstitutionId);

    /// <summary>Whether the user's institution may request assisted returns at all (by its kind, or an NGO authorised).</summary>
    public async Task<bool> InstitutionMayRequestAsync(CancellationToken ct)
    {
        var kind = await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => (InstitutionKind?)i.Kind).FirstOrDefaultAsync(ct);
        return kind is { } k && (AvrRequesterAuthorisation.KindMayRequest(k)
            || (k == InstitutionKind.Ngo && await db.AvrRequesterAuthorisations.AnyAsync(a => a.InstitutionId == me.InstitutionId, ct)));
    }
}
